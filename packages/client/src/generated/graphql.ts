/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a guarded field was released to a foreign agency, or why not. */
export const AccessBasis = {
  /** Released under an active consent of the household. */
  CONSENT: 'CONSENT',
  /** Never released to this agency: the policy forbids it, or no consent could release it (a category or purpose not consentable) and no rule gives a basis. */
  NEVER: 'NEVER',
  /** Not released: the consent registry does not count the asking agency as taking part in the programme (not registered, registered as another kind than its token names, or left); the reference says which. */
  NOT_TAKING_PART: 'NOT_TAKING_PART',
  /** Not released: no active consent covers it. */
  NO_CONSENT: 'NO_CONSENT',
  /** Released on a legal basis the consent policy names. */
  STATUTORY: 'STATUTORY'
} as const;

export type AccessBasis = typeof AccessBasis[keyof typeof AccessBasis];
/** The kinds of agency taking part; the consent policy is written per kind. */
export const AgencyKind = {
  HOUSING_OFFICE: 'HOUSING_OFFICE',
  JOBCENTER: 'JOBCENTER',
  LANDLORD: 'LANDLORD',
  TRAINING_PROVIDER: 'TRAINING_PROVIDER',
  WELFARE_PROVIDER: 'WELFARE_PROVIDER'
} as const;

export type AgencyKind = typeof AgencyKind[keyof typeof AgencyKind];
/** Where a benefit case stands. */
export const BenefitCaseStatus = {
  ACTIVE: 'ACTIVE',
  ENDED: 'ENDED',
  /** Payments are suspended, e.g. pending documents. */
  SUSPENDED: 'SUSPENDED'
} as const;

export type BenefitCaseStatus = typeof BenefitCaseStatus[keyof typeof BenefitCaseStatus];
/** The kind of means-tested benefit a case is about. */
export const BenefitType = {
  /** Basic income support for jobseekers (Bürgergeld, SGB II). */
  SGB_II: 'SGB_II',
  /** Social assistance (Sozialhilfe, SGB XII). */
  SGB_XII: 'SGB_XII',
  /** Housing allowance (Wohngeldgesetz). */
  WOHNGELD: 'WOHNGELD'
} as const;

export type BenefitType = typeof BenefitType[keyof typeof BenefitType];
/** What happened to a consent. */
export const ConsentEventKind = {
  /**
   * validUntil passed: the consent no longer applies. Follows from validUntil; no one records it.
   * Dated at validUntil, or at the recording for a consent recorded after it had run out.
   */
  EXPIRED: 'EXPIRED',
  /** The consent was given and recorded. */
  GIVEN: 'GIVEN',
  /** The consent was withdrawn. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ConsentEventKind = typeof ConsentEventKind[keyof typeof ConsentEventKind];
/** How the consent was given (§ 67b (2) SGB X: written or electronic). */
export const ConsentForm = {
  ELECTRONIC: 'ELECTRONIC',
  WRITTEN: 'WRITTEN'
} as const;

export type ConsentForm = typeof ConsentForm[keyof typeof ConsentForm];
/** Where a consent stands at a given moment. */
export const ConsentState = {
  /** validUntil has passed; no longer applies. */
  EXPIRED: 'EXPIRED',
  /** Applies now: from validFrom (inclusive) until validUntil (exclusive), and not withdrawn. */
  GIVEN: 'GIVEN',
  /** Recorded, but it applies only from validFrom, which is still to come. */
  PENDING: 'PENDING',
  /** Withdrawn (GDPR Art. 7 (3)); no longer applies. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ConsentState = typeof ConsentState[keyof typeof ConsentState];
/** Language a course is taught in (ISO 639-1 code). */
export const CourseLanguage = {
  AR: 'AR',
  DE: 'DE',
  EN: 'EN',
  FA: 'FA',
  RU: 'RU',
  TR: 'TR',
  UK: 'UK'
} as const;

export type CourseLanguage = typeof CourseLanguage[keyof typeof CourseLanguage];
/** Categories of personal data; each guarded field belongs to one. */
export const DataCategory = {
  ACCESS_LOG: 'ACCESS_LOG',
  CONSENT_RECORDS: 'CONSENT_RECORDS',
  CONTACT: 'CONTACT',
  CRIMINAL_RECORD: 'CRIMINAL_RECORD',
  EMPLOYMENT: 'EMPLOYMENT',
  HEALTH: 'HEALTH',
  HOUSEHOLD_COMPOSITION: 'HOUSEHOLD_COMPOSITION',
  HOUSING_SITUATION: 'HOUSING_SITUATION',
  IDENTITY: 'IDENTITY',
  INCOME_BENEFITS: 'INCOME_BENEFITS',
  RENT_ARREARS: 'RENT_ARREARS',
  RESIDENCE_STATUS: 'RESIDENCE_STATUS',
  SUPPORT_NOTES: 'SUPPORT_NOTES',
  TENANCY: 'TENANCY',
  TRAINING_RESULTS: 'TRAINING_RESULTS'
} as const;

export type DataCategory = typeof DataCategory[keyof typeof DataCategory];
/** Where a member stands in a course. */
export const EnrollmentStatus = {
  /** Attended the course to its end and took the exam. */
  COMPLETED: 'COMPLETED',
  /** Left the course before its end. */
  DROPPED: 'DROPPED',
  /** Registered for a course that is running or about to start. */
  ENROLLED: 'ENROLLED'
} as const;

export type EnrollmentStatus = typeof EnrollmentStatus[keyof typeof EnrollmentStatus];
/** The household's housing situation as the housing office last assessed it. */
export const HousingSituation = {
  /** Without a tenancy, placed in municipal emergency accommodation. */
  EMERGENCY_ACCOMMODATION: 'EMERGENCY_ACCOMMODATION',
  /** Without any accommodation. */
  HOMELESS: 'HOMELESS',
  /** Moved into a new tenancy; aftercare may continue. */
  REHOUSED: 'REHOUSED',
  /** Housed, tenancy threatened (rent arrears, notice, eviction suit). */
  TENANCY_AT_RISK: 'TENANCY_AT_RISK'
} as const;

export type HousingSituation = typeof HousingSituation[keyof typeof HousingSituation];
/** Facts a person must be told before consenting (§ 67b (2) SGB X, GDPR Art. 7 and 13). */
export const InformationItem = {
  CONSEQUENCES_OF_REFUSAL: 'CONSEQUENCES_OF_REFUSAL',
  PURPOSE: 'PURPOSE',
  RECIPIENTS: 'RECIPIENTS',
  RIGHT_TO_WITHDRAW: 'RIGHT_TO_WITHDRAW',
  STORAGE_PERIOD: 'STORAGE_PERIOD'
} as const;

export type InformationItem = typeof InformationItem[keyof typeof InformationItem];
/** How a member relates to the household's applicant. */
export const MemberRelationship = {
  APPLICANT: 'APPLICANT',
  CHILD: 'CHILD',
  OTHER_RELATIVE: 'OTHER_RELATIVE',
  PARTNER: 'PARTNER'
} as const;

export type MemberRelationship = typeof MemberRelationship[keyof typeof MemberRelationship];
/** The municipalities (kreisfreie Städte and Kreise) taking part in the programme. */
export const Municipality = {
  DORTMUND: 'DORTMUND',
  HAGEN: 'HAGEN',
  KREIS_RECKLINGHAUSEN: 'KREIS_RECKLINGHAUSEN'
} as const;

export type Municipality = typeof Municipality[keyof typeof Municipality];
/** Purposes an agency may declare for a request. */
export const Purpose = {
  BENEFIT_ADMINISTRATION: 'BENEFIT_ADMINISTRATION',
  CASE_COORDINATION: 'CASE_COORDINATION',
  /** Supervision by a data-protection officer; never a purpose a household consents to. */
  DATA_PROTECTION_SUPERVISION: 'DATA_PROTECTION_SUPERVISION',
  EVICTION_PREVENTION: 'EVICTION_PREVENTION',
  HOUSING_PLACEMENT: 'HOUSING_PLACEMENT',
  TENANCY_SUPPORT: 'TENANCY_SUPPORT',
  TRAINING: 'TRAINING'
} as const;

export type Purpose = typeof Purpose[keyof typeof Purpose];
/** A consent as the household gave it. Exactly one of recipientAgencyId and recipientAgencyKind. */
export type RecordConsentInput = {
  /** The categories of data the consent covers (at least one, no duplicates). */
  categories: Array<DataCategory>;
  /** Reference of the signed form or electronic record. */
  documentReference: string;
  form: ConsentForm;
  /**
   * The household member who gives it (a HouseholdMember id, a UUID), when known. Kept as given: the
   * members belong to the housing office, so the registry cannot check that the household has one.
   */
  grantorMemberId?: string | null | undefined;
  /** Name of the person who gives the consent. */
  grantorName: string;
  /** The household that gives the consent. */
  householdId: string;
  /** ISO 639-1 code (two lower-case letters) of the language of the information sheet. */
  informationLanguage: string;
  /** What the person was informed of: at least PURPOSE, CONSEQUENCES_OF_REFUSAL and RIGHT_TO_WITHDRAW. */
  informedOf: Array<InformationItem>;
  /** The purposes the consent covers (at least one, no duplicates). */
  purposes: Array<Purpose>;
  /** The one agency the data may be released to (an Agency id). */
  recipientAgencyId?: string | null | undefined;
  /** The kind of agency the data may be released to. */
  recipientAgencyKind?: AgencyKind | null | undefined;
  /** Name of the representative who gives it on the person's behalf, if any. */
  representativeName?: string | null | undefined;
  /**
   * ISO 8601 instant with offset (1900 to 9999 in UTC, at most milliseconds) from which the consent
   * applies; default: now.
   */
  validFrom?: string | null | undefined;
  /**
   * ISO 8601 instant with offset (1900 to 9999 in UTC, at most milliseconds) until which the consent
   * applies (exclusive); none: until withdrawn.
   */
  validUntil?: string | null | undefined;
};

/** Whether a support case is still open. */
export const SupportCaseStatus = {
  CLOSED: 'CLOSED',
  OPEN: 'OPEN'
} as const;

export type SupportCaseStatus = typeof SupportCaseStatus[keyof typeof SupportCaseStatus];
/** The kind of help a support case gives. */
export const SupportKind = {
  /** Support after moving into a new tenancy (Nachbetreuung). */
  AFTERCARE: 'AFTERCARE',
  /** Counselling at the provider's office (Beratung). */
  COUNSELLING: 'COUNSELLING',
  /** Street and housing outreach (aufsuchende Hilfe). */
  OUTREACH: 'OUTREACH',
  /** Support to keep a tenancy (Wohnbegleitung). */
  TENANCY_SUPPORT: 'TENANCY_SUPPORT'
} as const;

export type SupportKind = typeof SupportKind[keyof typeof SupportKind];
/** Where a tenancy stands. */
export const TenancyStatus = {
  /** Running, no notice given (a fixed term ends on `endsOn`). */
  ACTIVE: 'ACTIVE',
  /** Over: recorded as ended, or `endsOn` has passed. */
  ENDED: 'ENDED',
  /** Notice given; the tenancy still runs until `endsOn`, that day included. */
  TERMINATED: 'TERMINATED',
  /** Agreed, not begun: it begins on `startsOn`. */
  UPCOMING: 'UPCOMING'
} as const;

export type TenancyStatus = typeof TenancyStatus[keyof typeof TenancyStatus];
/** How far the threat to a tenancy has gone: arrears, then notice, then an eviction suit. */
export const TenancyWarningKind = {
  /** An eviction suit (Räumungsklage) was filed. */
  EVICTION_SUIT: 'EVICTION_SUIT',
  /** The landlord gave notice to terminate the tenancy. */
  NOTICE_OF_TERMINATION: 'NOTICE_OF_TERMINATION',
  RENT_ARREARS: 'RENT_ARREARS'
} as const;

export type TenancyWarningKind = typeof TenancyWarningKind[keyof typeof TenancyWarningKind];
/** Who reported the warning. */
export const TenancyWarningSource = {
  COURT: 'COURT',
  HOUSEHOLD: 'HOUSEHOLD',
  LANDLORD: 'LANDLORD'
} as const;

export type TenancyWarningSource = typeof TenancyWarningSource[keyof typeof TenancyWarningSource];
export type AccessLogQueryVariables = Exact<{
  householdId?: string | null | undefined;
  agencyId?: string | null | undefined;
  requestId?: string | null | undefined;
  from?: string | null | undefined;
  until?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AccessLogQuery = { accessLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, at: string, requestId: string, actor: string | null, agencyId: string, agencyKind: AgencyKind, purpose: Purpose, householdId: string, ownerAgencyIds: Array<string>, category: DataCategory, field: string, subgraph: string, released: boolean, basis: AccessBasis, reference: string | null }> } };

export type RetentionRunsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RetentionRunsQuery = { retentionRuns: { totalCount: number, nodes: Array<{ id: string, at: string, actor: string, accessLogBefore: string | null, accessLogRecords: number | null, accessLogDecisions: number | null, endedConsentsBefore: string | null, endedConsents: number | null, endedConsentEvents: number | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AgenciesQueryVariables = Exact<{
  kind?: AgencyKind | null | undefined;
  municipality?: Municipality | null | undefined;
}>;


export type AgenciesQuery = { agencies: Array<{ id: string, kind: AgencyKind, municipality: Municipality, name: string, leftOn: string | null }> };

export type ConsentGrantRecordFragment = { id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, form: ConsentForm, informedOf: Array<InformationItem>, informationLanguage: string, documentReference: string, recordedAt: string, withdrawnAt: string | null, state: ConsentState, household: { id: string } | null, recipientAgency: { id: string, kind: AgencyKind, name: string } | null, recordedByAgency: { id: string, name: string } | null, history: Array<{ id: string, kind: ConsentEventKind, at: string, actor: string | null, reason: string | null, agency: { id: string, name: string } | null }> };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, form: ConsentForm, informedOf: Array<InformationItem>, informationLanguage: string, documentReference: string, recordedAt: string, withdrawnAt: string | null, state: ConsentState, household: { municipality: Municipality, id: string } | null, recipientAgency: { id: string, kind: AgencyKind, name: string } | null, recordedByAgency: { id: string, name: string } | null, history: Array<{ id: string, kind: ConsentEventKind, at: string, actor: string | null, reason: string | null, agency: { id: string, name: string } | null }> } | null };

export type WithdrawConsentMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, form: ConsentForm, informedOf: Array<InformationItem>, informationLanguage: string, documentReference: string, recordedAt: string, withdrawnAt: string | null, state: ConsentState, household: { id: string } | null, recipientAgency: { id: string, kind: AgencyKind, name: string } | null, recordedByAgency: { id: string, name: string } | null, history: Array<{ id: string, kind: ConsentEventKind, at: string, actor: string | null, reason: string | null, agency: { id: string, name: string } | null }> } | null };

export type HouseholdConsentQueryVariables = Exact<{
  householdId: string;
  consentId: string;
}>;


export type HouseholdConsentQuery = { household: { id: string, consent: { id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, form: ConsentForm, informedOf: Array<InformationItem>, informationLanguage: string, documentReference: string, recordedAt: string, withdrawnAt: string | null, state: ConsentState, household: { id: string } | null, recipientAgency: { id: string, kind: AgencyKind, name: string } | null, recordedByAgency: { id: string, name: string } | null, history: Array<{ id: string, kind: ConsentEventKind, at: string, actor: string | null, reason: string | null, agency: { id: string, name: string } | null }> } | null } | null };

export type RecordedConsentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RecordedConsentsQuery = { recordedConsents: { totalCount: number, nodes: Array<{ id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, form: ConsentForm, informedOf: Array<InformationItem>, informationLanguage: string, documentReference: string, recordedAt: string, withdrawnAt: string | null, state: ConsentState, household: { id: string } | null, recipientAgency: { id: string, kind: AgencyKind, name: string } | null, recordedByAgency: { id: string, name: string } | null, history: Array<{ id: string, kind: ConsentEventKind, at: string, actor: string | null, reason: string | null, agency: { id: string, name: string } | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CaseContextFragment = { id: string, reference: string | null, municipality: Municipality, housingSituation: HousingSituation | null, registeredOn: string | null, members: Array<{ id: string, givenName: string | null, familyName: string | null, birthDate: string | null, relationship: MemberRelationship | null }> | null, benefitCase: { id: string, benefitType: BenefitType | null, status: BenefitCaseStatus | null, since: string | null, housingCostCeilingCents: number | null, directRentPayment: boolean | null } | null, tenancyWarnings: Array<{ id: string, kind: TenancyWarningKind | null, receivedOn: string | null, arrearsCents: number | null, source: TenancyWarningSource | null }> | null, supportCases: Array<{ id: string, kind: SupportKind | null, status: SupportCaseStatus | null, openedOn: string | null, provider: { id: string, name: string } }> | null, tenancy: { id: string, status: TenancyStatus | null, startsOn: string | null, monthlyRentCents: number | null, unit: { id: string, street: string, postalCode: string, city: string, landlord: { id: string, name: string } } } | null, trainingEnrollments: Array<{ id: string, status: EnrollmentStatus | null, examPassed: boolean | null, certificateIssuedOn: string | null, course: { id: string, title: string, language: CourseLanguage } }> | null };

export type CaseContextConsentFragment = { id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, withdrawnAt: string | null, state: ConsentState, recipientAgency: { id: string, name: string } | null };

export type CaseContextConsentPageFragment = { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, withdrawnAt: string | null, state: ConsentState, recipientAgency: { id: string, name: string } | null }> };

export type HouseholdCaseContextQueryVariables = Exact<{
  id: string;
  consentsFirst?: number;
}>;


export type HouseholdCaseContextQuery = { household: { id: string, reference: string | null, municipality: Municipality, housingSituation: HousingSituation | null, registeredOn: string | null, consents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, withdrawnAt: string | null, state: ConsentState, recipientAgency: { id: string, name: string } | null }> } | null, members: Array<{ id: string, givenName: string | null, familyName: string | null, birthDate: string | null, relationship: MemberRelationship | null }> | null, benefitCase: { id: string, benefitType: BenefitType | null, status: BenefitCaseStatus | null, since: string | null, housingCostCeilingCents: number | null, directRentPayment: boolean | null } | null, tenancyWarnings: Array<{ id: string, kind: TenancyWarningKind | null, receivedOn: string | null, arrearsCents: number | null, source: TenancyWarningSource | null }> | null, supportCases: Array<{ id: string, kind: SupportKind | null, status: SupportCaseStatus | null, openedOn: string | null, provider: { id: string, name: string } }> | null, tenancy: { id: string, status: TenancyStatus | null, startsOn: string | null, monthlyRentCents: number | null, unit: { id: string, street: string, postalCode: string, city: string, landlord: { id: string, name: string } } } | null, trainingEnrollments: Array<{ id: string, status: EnrollmentStatus | null, examPassed: boolean | null, certificateIssuedOn: string | null, course: { id: string, title: string, language: CourseLanguage } }> | null } | null };

export type HouseholdConsentsQueryVariables = Exact<{
  id: string;
  first?: number;
  after?: string | null | undefined;
}>;


export type HouseholdConsentsQuery = { household: { id: string, consents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, recipientAgencyKind: AgencyKind | null, categories: Array<DataCategory>, purposes: Array<Purpose>, validFrom: string, validUntil: string | null, withdrawnAt: string | null, state: ConsentState, recipientAgency: { id: string, name: string } | null }> } | null } | null };

export type HouseholdCaseContextsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  municipality?: Municipality | null | undefined;
}>;


export type HouseholdCaseContextsQuery = { households: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, reference: string | null, municipality: Municipality, housingSituation: HousingSituation | null, registeredOn: string | null, consents: { totalCount: number } | null, members: Array<{ id: string, givenName: string | null, familyName: string | null, birthDate: string | null, relationship: MemberRelationship | null }> | null, benefitCase: { id: string, benefitType: BenefitType | null, status: BenefitCaseStatus | null, since: string | null, housingCostCeilingCents: number | null, directRentPayment: boolean | null } | null, tenancyWarnings: Array<{ id: string, kind: TenancyWarningKind | null, receivedOn: string | null, arrearsCents: number | null, source: TenancyWarningSource | null }> | null, supportCases: Array<{ id: string, kind: SupportKind | null, status: SupportCaseStatus | null, openedOn: string | null, provider: { id: string, name: string } }> | null, tenancy: { id: string, status: TenancyStatus | null, startsOn: string | null, monthlyRentCents: number | null, unit: { id: string, street: string, postalCode: string, city: string, landlord: { id: string, name: string } } } | null, trainingEnrollments: Array<{ id: string, status: EnrollmentStatus | null, examPassed: boolean | null, certificateIssuedOn: string | null, course: { id: string, title: string, language: CourseLanguage } }> | null }> } };

export const ConsentGrantRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentGrantRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"informedOf"}},{"kind":"Field","name":{"kind":"Name","value":"informationLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ConsentGrantRecordFragment, unknown>;
export const CaseContextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContext"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"housingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"housingCostCeilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"directRentPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancyWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"landlord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"examPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<CaseContextFragment, unknown>;
export const CaseContextConsentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContextConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<CaseContextConsentFragment, unknown>;
export const CaseContextConsentPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContextConsentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContextConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContextConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<CaseContextConsentPageFragment, unknown>;
export const AccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const RetentionRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogBefore"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogRecords"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogDecisions"}},{"kind":"Field","name":{"kind":"Name","value":"endedConsentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endedConsents"}},{"kind":"Field","name":{"kind":"Name","value":"endedConsentEvents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RetentionRunsQuery, RetentionRunsQueryVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentGrantRecord"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentGrantRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"informedOf"}},{"kind":"Field","name":{"kind":"Name","value":"informationLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentGrantRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentGrantRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"informedOf"}},{"kind":"Field","name":{"kind":"Name","value":"informationLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const HouseholdConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentGrantRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentGrantRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"informedOf"}},{"kind":"Field","name":{"kind":"Name","value":"informationLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<HouseholdConsentQuery, HouseholdConsentQueryVariables>;
export const RecordedConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordedConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentGrantRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentGrantRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"informedOf"}},{"kind":"Field","name":{"kind":"Name","value":"informationLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RecordedConsentsQuery, RecordedConsentsQueryVariables>;
export const HouseholdCaseContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdCaseContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContext"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContextConsentPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContextConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContext"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"housingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"housingCostCeilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"directRentPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancyWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"landlord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"examPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContextConsentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContextConsent"}}]}}]}}]} as unknown as DocumentNode<HouseholdCaseContextQuery, HouseholdCaseContextQueryVariables>;
export const HouseholdConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContextConsentPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContextConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContextConsentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContextConsent"}}]}}]}}]} as unknown as DocumentNode<HouseholdConsentsQuery, HouseholdConsentsQueryVariables>;
export const HouseholdCaseContextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdCaseContexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseContext"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseContext"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"housingSituation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"housingCostCeilingCents"}},{"kind":"Field","name":{"kind":"Name","value":"directRentPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancyWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"landlord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"examPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdCaseContextsQuery, HouseholdCaseContextsQueryVariables>;