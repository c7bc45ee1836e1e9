/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a benefit case stands. */
export type BenefitCaseStatus =
  | 'ACTIVE'
  | 'ENDED'
  /** Payments are suspended, e.g. pending documents. */
  | 'SUSPENDED';

/** The kind of means-tested benefit a case is about. */
export type BenefitType =
  /** Basic income support for jobseekers (Bürgergeld, SGB II). */
  | 'SGB_II'
  /** Social assistance (Sozialhilfe, SGB XII). */
  | 'SGB_XII'
  /** Housing allowance (Wohngeldgesetz). */
  | 'WOHNGELD';

/** Language a course is taught in (ISO 639-1 code). */
export type CourseLanguage =
  | 'AR'
  | 'DE'
  | 'EN'
  | 'FA'
  | 'RU'
  | 'TR'
  | 'UK';

/** Categories of personal data; each guarded field belongs to one. */
export type DataCategory =
  | 'ACCESS_LOG'
  | 'CONSENT_RECORDS'
  | 'CONTACT'
  | 'CRIMINAL_RECORD'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSEHOLD_COMPOSITION'
  | 'HOUSING_SITUATION'
  | 'IDENTITY'
  | 'INCOME_BENEFITS'
  | 'RENT_ARREARS'
  | 'RESIDENCE_STATUS'
  | 'SUPPORT_NOTES'
  | 'TENANCY'
  | 'TRAINING_RESULTS';

/** Where a member stands in a course. */
export type EnrollmentStatus =
  /** Attended the course to its end and took the exam. */
  | 'COMPLETED'
  /** Left the course before its end. */
  | 'DROPPED'
  /** Registered for a course that is running or about to start. */
  | 'ENROLLED';

/** The household's housing situation as the housing office last assessed it. */
export type HousingSituation =
  /** Without a tenancy, placed in municipal emergency accommodation. */
  | 'EMERGENCY_ACCOMMODATION'
  /** Without any accommodation. */
  | 'HOMELESS'
  /** Moved into a new tenancy; aftercare may continue. */
  | 'REHOUSED'
  /** Housed, tenancy threatened (rent arrears, notice, eviction suit). */
  | 'TENANCY_AT_RISK';

/** How a member relates to the household's applicant. */
export type MemberRelationship =
  | 'APPLICANT'
  | 'CHILD'
  | 'OTHER_RELATIVE'
  | 'PARTNER';

/** The municipalities (kreisfreie Städte and Kreise) taking part in the programme. */
export type Municipality =
  | 'DORTMUND'
  | 'HAGEN'
  | 'KREIS_RECKLINGHAUSEN';

/** Purposes an agency may declare for a request. */
export type Purpose =
  | 'BENEFIT_ADMINISTRATION'
  | 'CASE_COORDINATION'
  /** Supervision by a data-protection officer; never a purpose a household consents to. */
  | 'DATA_PROTECTION_SUPERVISION'
  | 'EVICTION_PREVENTION'
  | 'HOUSING_PLACEMENT'
  | 'TENANCY_SUPPORT'
  | 'TRAINING';

/** Whether a support case is still open. */
export type SupportCaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** The kind of help a support case gives. */
export type SupportKind =
  /** Support after moving into a new tenancy (Nachbetreuung). */
  | 'AFTERCARE'
  /** Counselling at the provider's office (Beratung). */
  | 'COUNSELLING'
  /** Street and housing outreach (aufsuchende Hilfe). */
  | 'OUTREACH'
  /** Support to keep a tenancy (Wohnbegleitung). */
  | 'TENANCY_SUPPORT';

/** Where a tenancy stands. */
export type TenancyStatus =
  /** Running, no notice given. */
  | 'ACTIVE'
  /** Over; the household has moved out. */
  | 'ENDED'
  /** Notice given; the tenancy still runs until `endsOn`. */
  | 'TERMINATED';

/** How far the threat to a tenancy has gone: arrears, then notice, then an eviction suit. */
export type TenancyWarningKind =
  /** An eviction suit (Räumungsklage) was filed. */
  | 'EVICTION_SUIT'
  /** The landlord gave notice to terminate the tenancy. */
  | 'NOTICE_OF_TERMINATION'
  | 'RENT_ARREARS';

/** Who reported the warning. */
export type TenancyWarningSource =
  | 'COURT'
  | 'HOUSEHOLD'
  | 'LANDLORD';

export type CaseContextFragment = { id: string, reference: string | null, municipality: Municipality, housingSituation: HousingSituation | null, registeredOn: string | null, members: Array<{ id: string, givenName: string | null, familyName: string | null, birthDate: string | null, relationship: MemberRelationship | null }> | null, benefitCase: { id: string, benefitType: BenefitType | null, status: BenefitCaseStatus | null, since: string | null, housingCostCeilingCents: number | null, directRentPayment: boolean | null } | null, tenancyWarnings: Array<{ id: string, kind: TenancyWarningKind | null, receivedOn: string | null, arrearsCents: number | null, source: TenancyWarningSource | null }> | null, supportCases: Array<{ id: string, kind: SupportKind | null, status: SupportCaseStatus | null, openedOn: string | null, provider: { id: string, name: string } }> | null, tenancy: { id: string, status: TenancyStatus | null, startsOn: string | null, monthlyRentCents: number | null, unit: { id: string, street: string, postalCode: string, city: string, landlord: { id: string, name: string } } } | null, trainingEnrollments: Array<{ id: string, status: EnrollmentStatus | null, examPassed: boolean | null, certificateIssuedOn: string | null, course: { id: string, title: string, language: CourseLanguage } }> | null, consents: Array<{ id: string, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, withdrawnAt: string | null, recipientAgency: { id: string, name: string } | null }> | null };

export type HouseholdCaseContextQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdCaseContextQuery = { household: { id: string, reference: string | null, municipality: Municipality, housingSituation: HousingSituation | null, registeredOn: string | null, members: Array<{ id: string, givenName: string | null, familyName: string | null, birthDate: string | null, relationship: MemberRelationship | null }> | null, benefitCase: { id: string, benefitType: BenefitType | null, status: BenefitCaseStatus | null, since: string | null, housingCostCeilingCents: number | null, directRentPayment: boolean | null } | null, tenancyWarnings: Array<{ id: string, kind: TenancyWarningKind | null, receivedOn: string | null, arrearsCents: number | null, source: TenancyWarningSource | null }> | null, supportCases: Array<{ id: string, kind: SupportKind | null, status: SupportCaseStatus | null, openedOn: string | null, provider: { id: string, name: string } }> | null, tenancy: { id: string, status: TenancyStatus | null, startsOn: string | null, monthlyRentCents: number | null, unit: { id: string, street: string, postalCode: string, city: string, landlord: { id: string, name: string } } } | null, trainingEnrollments: Array<{ id: string, status: EnrollmentStatus | null, examPassed: boolean | null, certificateIssuedOn: string | null, course: { id: string, title: string, language: CourseLanguage } }> | null, consents: Array<{ id: string, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, withdrawnAt: string | null, recipientAgency: { id: string, name: string } | null }> | null } | null };

export type HouseholdCaseContextsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  municipality?: Municipality | null | undefined;
}>;


export type HouseholdCaseContextsQuery = { households: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, reference: string | null, municipality: Municipality, housingSituation: HousingSituation | null, registeredOn: string | null, members: Array<{ id: string, givenName: string | null, familyName: string | null, birthDate: string | null, relationship: MemberRelationship | null }> | null, benefitCase: { id: string, benefitType: BenefitType | null, status: BenefitCaseStatus | null, since: string | null, housingCostCeilingCents: number | null, directRentPayment: boolean | null } | null, tenancyWarnings: Array<{ id: string, kind: TenancyWarningKind | null, receivedOn: string | null, arrearsCents: number | null, source: TenancyWarningSource | null }> | null, supportCases: Array<{ id: string, kind: SupportKind | null, status: SupportCaseStatus | null, openedOn: string | null, provider: { id: string, name: string } }> | null, tenancy: { id: string, status: TenancyStatus | null, startsOn: string | null, monthlyRentCents: number | null, unit: { id: string, street: string, postalCode: string, city: string, landlord: { id: string, name: string } } } | null, trainingEnrollments: Array<{ id: string, status: EnrollmentStatus | null, examPassed: boolean | null, certificateIssuedOn: string | null, course: { id: string, title: string, language: CourseLanguage } }> | null, consents: Array<{ id: string, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, withdrawnAt: string | null, recipientAgency: { id: string, name: string } | null }> | null }> } };

export const CaseContextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContext"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"housingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"housingCostCeilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"directRentPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancyWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"landlord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"examPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<CaseContextFragment, unknown>;
export const HouseholdCaseContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdCaseContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContext"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContext"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"housingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"housingCostCeilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"directRentPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancyWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"landlord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"examPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<HouseholdCaseContextQuery, HouseholdCaseContextQueryVariables>;
export const HouseholdCaseContextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdCaseContexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContext"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContext"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"housingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"housingCostCeilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"directRentPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancyWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"landlord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"examPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<HouseholdCaseContextsQuery, HouseholdCaseContextsQueryVariables>;