import { readFileSync } from 'node:fs';
import type { ConsentPolicy } from '@wohnnetz/consent-policy';
import { SUBGRAPHS } from '@wohnnetz/hub';
import { SUBGRAPH_NAMES } from '@wohnnetz/service-kit';
import type { RootFieldAccess } from './consent-catalogue';
import {
  checkConsentClassification,
  crossSubgraphProblems,
  type ClassifiedField,
} from './consent-classification';
import { subgraphSdlPath } from './supergraph';

/** The consent classification of every subgraph's SDL file, and every rule they break. */
export function classifySubgraphs(policy: ConsentPolicy): {
  fields: ClassifiedField[];
  problems: string[];
} {
  policy.assertOwnersOf(SUBGRAPH_NAMES);
  const results = SUBGRAPH_NAMES.map((name) =>
    checkConsentClassification(name, readFileSync(subgraphSdlPath(name), 'utf8'), policy),
  );
  const fields = results.flatMap((result) => result.fields);
  return {
    fields,
    problems: [...results.flatMap((result) => result.problems), ...crossSubgraphProblems(fields)],
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
