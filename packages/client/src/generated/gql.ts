/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment CaseContext on Household {\n  id\n  reference\n  municipality\n  housingSituation\n  registeredOn\n  members {\n    id\n    givenName\n    familyName\n    birthDate\n    relationship\n  }\n  benefitCase {\n    id\n    benefitType\n    status\n    since\n    housingCostCeilingCents\n    directRentPayment\n  }\n  tenancyWarnings {\n    id\n    kind\n    receivedOn\n    arrearsCents\n    source\n  }\n  supportCases {\n    id\n    kind\n    status\n    openedOn\n    provider {\n      id\n      name\n    }\n  }\n  tenancy {\n    id\n    status\n    startsOn\n    monthlyRentCents\n    unit {\n      id\n      street\n      postalCode\n      city\n      landlord {\n        id\n        name\n      }\n    }\n  }\n  trainingEnrollments {\n    id\n    status\n    examPassed\n    certificateIssuedOn\n    course {\n      id\n      title\n      language\n    }\n  }\n  consents {\n    id\n    recipientAgency {\n      id\n      name\n    }\n    categories\n    purposes\n    validFrom\n    validUntil\n    withdrawnAt\n  }\n}\n\nquery HouseholdCaseContext($id: ID!) {\n  household(id: $id) {\n    ...CaseContext\n  }\n}\n\nquery HouseholdCaseContexts($first: Int!, $after: String, $municipality: Municipality) {\n  households(first: $first, after: $after, municipality: $municipality) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...CaseContext\n    }\n  }\n}": typeof types.CaseContextFragmentDoc,
};
const documents: Documents = {
    "fragment CaseContext on Household {\n  id\n  reference\n  municipality\n  housingSituation\n  registeredOn\n  members {\n    id\n    givenName\n    familyName\n    birthDate\n    relationship\n  }\n  benefitCase {\n    id\n    benefitType\n    status\n    since\n    housingCostCeilingCents\n    directRentPayment\n  }\n  tenancyWarnings {\n    id\n    kind\n    receivedOn\n    arrearsCents\n    source\n  }\n  supportCases {\n    id\n    kind\n    status\n    openedOn\n    provider {\n      id\n      name\n    }\n  }\n  tenancy {\n    id\n    status\n    startsOn\n    monthlyRentCents\n    unit {\n      id\n      street\n      postalCode\n      city\n      landlord {\n        id\n        name\n      }\n    }\n  }\n  trainingEnrollments {\n    id\n    status\n    examPassed\n    certificateIssuedOn\n    course {\n      id\n      title\n      language\n    }\n  }\n  consents {\n    id\n    recipientAgency {\n      id\n      name\n    }\n    categories\n    purposes\n    validFrom\n    validUntil\n    withdrawnAt\n  }\n}\n\nquery HouseholdCaseContext($id: ID!) {\n  household(id: $id) {\n    ...CaseContext\n  }\n}\n\nquery HouseholdCaseContexts($first: Int!, $after: String, $municipality: Municipality) {\n  households(first: $first, after: $after, municipality: $municipality) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...CaseContext\n    }\n  }\n}": types.CaseContextFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CaseContext on Household {\n  id\n  reference\n  municipality\n  housingSituation\n  registeredOn\n  members {\n    id\n    givenName\n    familyName\n    birthDate\n    relationship\n  }\n  benefitCase {\n    id\n    benefitType\n    status\n    since\n    housingCostCeilingCents\n    directRentPayment\n  }\n  tenancyWarnings {\n    id\n    kind\n    receivedOn\n    arrearsCents\n    source\n  }\n  supportCases {\n    id\n    kind\n    status\n    openedOn\n    provider {\n      id\n      name\n    }\n  }\n  tenancy {\n    id\n    status\n    startsOn\n    monthlyRentCents\n    unit {\n      id\n      street\n      postalCode\n      city\n      landlord {\n        id\n        name\n      }\n    }\n  }\n  trainingEnrollments {\n    id\n    status\n    examPassed\n    certificateIssuedOn\n    course {\n      id\n      title\n      language\n    }\n  }\n  consents {\n    id\n    recipientAgency {\n      id\n      name\n    }\n    categories\n    purposes\n    validFrom\n    validUntil\n    withdrawnAt\n  }\n}\n\nquery HouseholdCaseContext($id: ID!) {\n  household(id: $id) {\n    ...CaseContext\n  }\n}\n\nquery HouseholdCaseContexts($first: Int!, $after: String, $municipality: Municipality) {\n  households(first: $first, after: $after, municipality: $municipality) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...CaseContext\n    }\n  }\n}"): (typeof documents)["fragment CaseContext on Household {\n  id\n  reference\n  municipality\n  housingSituation\n  registeredOn\n  members {\n    id\n    givenName\n    familyName\n    birthDate\n    relationship\n  }\n  benefitCase {\n    id\n    benefitType\n    status\n    since\n    housingCostCeilingCents\n    directRentPayment\n  }\n  tenancyWarnings {\n    id\n    kind\n    receivedOn\n    arrearsCents\n    source\n  }\n  supportCases {\n    id\n    kind\n    status\n    openedOn\n    provider {\n      id\n      name\n    }\n  }\n  tenancy {\n    id\n    status\n    startsOn\n    monthlyRentCents\n    unit {\n      id\n      street\n      postalCode\n      city\n      landlord {\n        id\n        name\n      }\n    }\n  }\n  trainingEnrollments {\n    id\n    status\n    examPassed\n    certificateIssuedOn\n    course {\n      id\n      title\n      language\n    }\n  }\n  consents {\n    id\n    recipientAgency {\n      id\n      name\n    }\n    categories\n    purposes\n    validFrom\n    validUntil\n    withdrawnAt\n  }\n}\n\nquery HouseholdCaseContext($id: ID!) {\n  household(id: $id) {\n    ...CaseContext\n  }\n}\n\nquery HouseholdCaseContexts($first: Int!, $after: String, $municipality: Municipality) {\n  households(first: $first, after: $after, municipality: $municipality) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...CaseContext\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;