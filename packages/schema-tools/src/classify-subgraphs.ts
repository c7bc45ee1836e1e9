import { readFileSync } from 'node:fs';
import { PolicyError, type ConsentPolicy } from '@wohnnetz/consent-policy';
import { SUBGRAPHS } from '@wohnnetz/hub';
import { SUBGRAPH_NAMES } from '@wohnnetz/service-kit';
import type { RootFieldAccess } from './consent-catalogue';
import {
  checkConsentClassification,
  crossSubgraphProblems,
  type ClassifiedField,
} from './consent-classification';
import { subgraphSdlPath } from './supergraph';

/** The policy's owners: exactly the hub's subgraphs (PolicyError's lines as problems). */
function ownerProblems(policy: ConsentPolicy): string[] {
  try {
    policy.assertOwnersOf(SUBGRAPH_NAMES);
    return [];
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    return error.problems;
  }
}

/**
 * Roles and purposes of the root-field rules that the policy lacks, or that no user could hold
 * together: such a rule would deny everyone.
 */
export function rootRuleProblems(
  policy: ConsentPolicy,
  rootFields: readonly RootFieldAccess[],
): string[] {
  return rootFields.flatMap(({ subgraph, coordinate, roles, purposes }) => [
    ...(roles ?? [])
      .filter((role) => !policy.roles.includes(role))
      .map((role) => `${subgraph}: ${coordinate} names role "${role}", which the policy lacks`),
    ...(purposes ?? [])
      .filter((purpose) => !policy.purposes.has(purpose))
      .map(
        (purpose) =>
          `${subgraph}: ${coordinate} names purpose "${purpose}", which the policy lacks`,
      ),
    // Roles and purposes together: some role must be able to declare some purpose.
    ...(roles &&
    purposes &&
    !roles.some((role) =>
      purposes.some((purpose) => policy.document.roles[role]?.purposes.includes(purpose)),
    )
      ? [`${subgraph}: ${coordinate} names no role that may declare one of its purposes`]
      : []),
  ]);
}

/**
 * The consent classification of every subgraph's SDL file, and every rule they, the root-field
 * rules of their bindings and the policy's owners break.
 */
export function classifySubgraphs(policy: ConsentPolicy): {
  fields: ClassifiedField[];
  problems: string[];
} {
  const results = SUBGRAPH_NAMES.map((name) =>
    checkConsentClassification(name, readFileSync(subgraphSdlPath(name), 'utf8'), policy),
  );
  const fields = results.flatMap((result) => result.fields);
  return {
    fields,
    problems: [
      ...ownerProblems(policy),
      ...results.flatMap((result) => result.problems),
      ...crossSubgraphProblems(fields),
      ...rootRuleProblems(policy, rootFieldAccess()),
    ],
  };
}

/** Every subgraph's root fields with their rules (`consent.rootFields`), for the catalogue. */
export function rootFieldAccess(): RootFieldAccess[] {
  return SUBGRAPHS.flatMap((module) =>
    Object.entries(module.definition.consent.rootFields).map(([coordinate, rule]) => ({
      subgraph: module.name,
      coordinate,
      ...rule,
    })),
  );
}
