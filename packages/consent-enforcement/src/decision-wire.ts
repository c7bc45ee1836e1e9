/**
 * The decision call between a subgraph's guard and the consent registry. Compact on purpose: a
 * page of 100 households means about a thousand decisions per call, so every household, field
 * and reference travels once and each request and outcome is a tuple of indexes into those lists.
 *
 * The answer is newline-delimited JSON: a DecisionAnswer as soon as the decisions are made, then
 * a LogOutcome once the access-log write that records them has been committed (or has failed).
 */
import type { Decision, DecisionBasis, DecisionRequest } from '@wohnnetz/consent-policy';
import type { GatewayCredentials } from './decision-service';
import { Interner } from './interner';

export interface DecisionBatch {
  subgraph: string;
  /** The operation the gateway token was issued for (query, operation name, variables). */
  operation: GatewayCredentials['operation'];
  /**
   * The batch's households: those the requests name, then any other household of the asking
   * subgraph's batch (no decision needed, say its own records), whose grants the registry reads
   * for the request's later calls.
   */
  households: string[];
  /**
   * The agencies that recorded each household's data in the subgraph (by household index; empty
   * for a household no request names).
   */
  owners: string[][];
  /**
   * [schema coordinate, category] of each guarded field of the batch; the category is null for a
   * field only named as the one another is nested in.
   */
  fields: [string, string | null][];
  /** [household index, field index, index of the field it is nested in?] per decision. */
  requests: ([number, number] | [number, number, number])[];
}

/** [released, basis, index into the answer's references or null] per decision. */
export type DecisionOutcome = [released: boolean, basis: DecisionBasis, reference: number | null];

export interface DecisionAnswer {
  outcomes: DecisionOutcome[];
  /** Paragraphs, grant ids and policy reasons the outcomes refer to. */
  references: string[];
}

/** The second line of the answer: whether the batch's access-log record was committed. */
export interface LogOutcome {
  logged: boolean;
}

/** Largest batch one call may carry. */
export const MAX_DECISIONS_PER_CALL = 20_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeBatch(
  credentials: GatewayCredentials,
  requests: DecisionRequest[],
  otherHouseholds: readonly string[] = [],
): DecisionBatch {
  const households = new Interner<string>();
  const owners: string[][] = [];
  const fields = new Interner<string, [string, string | null]>();
  const encoded = requests.map((request): [number, number] | [number, number, number] => {
    const household = households.indexOf(request.householdId);
    owners[household] ??= request.ownerAgencyIds;
    return [household, fields.indexOf(request.field, [request.field, request.category])];
  });
  // After every decided field has its category: an enclosing field may only be named here.
  requests.forEach((request, index) => {
    if (request.nestedIn)
      encoded[index]!.push(fields.indexOf(request.nestedIn, [request.nestedIn, null]));
  });
  for (const householdId of otherHouseholds) owners[households.indexOf(householdId)] ??= [];
  return {
    subgraph: credentials.subgraph,
    operation: credentials.operation,
    households: households.keys,
    owners,
    fields: fields.values,
    requests: encoded,
  };
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isIndex = (value: unknown, length: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

/** A batch as the registry decides it: its requests, and every household it lists. */
export interface DecodedBatch {
  requests: DecisionRequest[];
  households: string[];
}

/** The requests and households of a batch, or what is wrong with it. */
export function decodeBatch(
  batch: Partial<DecisionBatch>,
  categories: ReadonlySet<string>,
): DecodedBatch | string {
  const { subgraph, households, owners, fields, requests } = batch;
  if (typeof subgraph !== 'string') return 'subgraph is missing';
  if (
    !Array.isArray(requests) ||
    requests.length === 0 ||
    requests.length > MAX_DECISIONS_PER_CALL
  ) {
    return `requests must be a list of 1 to ${MAX_DECISIONS_PER_CALL} decision requests`;
  }
  // Ids in their canonical (lower-case) form: one household cannot be listed twice as two spellings.
  const householdIds = isStringList(households) ? households.map((id) => id.toLowerCase()) : [];
  if (
    !isStringList(households) ||
    households.length > MAX_DECISIONS_PER_CALL ||
    !householdIds.every((id) => UUID.test(id)) ||
    new Set(householdIds).size !== householdIds.length
  ) {
    return `households must be a list of at most ${MAX_DECISIONS_PER_CALL} distinct household ids (UUIDs)`;
  }
  if (
    !Array.isArray(owners) ||
    owners.length !== households.length ||
    !owners.every(isStringList)
  ) {
    return 'owners must list the owning agencies of each household';
  }
  if (
    !Array.isArray(fields) ||
    !fields.every(
      (field) =>
        Array.isArray(field) &&
        field.length === 2 &&
        typeof field[0] === 'string' &&
        (typeof field[1] === 'string' || field[1] === null),
    )
  ) {
    return 'fields must be a list of [coordinate, category or null] pairs';
  }
  if (new Set(fields.map(([coordinate]) => coordinate)).size !== fields.length) {
    return 'fields must name each coordinate once';
  }
  const decoded: DecisionRequest[] = [];
  /** The fields each household is asked about, and which of them are nested. */
  const asked = new Map<string, Map<string, boolean>>();
  for (const item of requests as unknown[]) {
    const [household, field, nestedIn] = Array.isArray(item) ? (item as unknown[]) : [];
    if (
      !isIndex(household, households.length) ||
      !isIndex(field, fields.length) ||
      !categories.has(fields[field]![1] ?? '') ||
      (nestedIn !== undefined && !isIndex(nestedIn, fields.length))
    ) {
      return `malformed decision request: ${JSON.stringify(item).slice(0, 200)}`;
    }
    const [coordinate, category] = fields[field]!;
    const request: DecisionRequest = {
      householdId: householdIds[household]!,
      category: category!,
      field: coordinate,
      subgraph,
      ownerAgencyIds: owners[household]!,
    };
    if (nestedIn !== undefined) request.nestedIn = fields[nestedIn]![0];
    decoded.push(request);
    const fieldsAsked = asked.get(request.householdId) ?? new Map<string, boolean>();
    asked.set(request.householdId, fieldsAsked.set(coordinate, nestedIn !== undefined));
  }
  return misnested(decoded, asked) ?? { requests: decoded, households: householdIds };
}

/**
 * What is wrong if a decision is nested in a field that is nested itself (or in itself): the
 * guard nests one level, and deeper chains or cycles would count as never reached and go unlogged
 * whatever their outcome. One look-up per request, so no batch makes the registry walk chains.
 * (A decision nested in a field the batch does not ask about is decided on its own.)
 */
function misnested(
  requests: DecisionRequest[],
  asked: Map<string, Map<string, boolean>>,
): string | undefined {
  for (const { householdId, field, nestedIn } of requests) {
    if (nestedIn !== undefined && asked.get(householdId)?.get(nestedIn) === true) {
      return `decision requests nested more than one level: ${field}`;
    }
  }
  return undefined;
}

export function encodeAnswer(decisions: Decision[]): DecisionAnswer {
  const references = new Interner<string>();
  return {
    outcomes: decisions.map(({ released, basis, reference }) => [
      released,
      basis,
      reference === null ? null : references.indexOf(reference),
    ]),
    references: references.keys,
  };
}

/** The bases a value is released on, and those it is withheld on. */
const RELEASING = new Set<DecisionBasis>(['OWN_TASK', 'STATUTORY', 'CONSENT']);
const WITHHOLDING = new Set<DecisionBasis>([
  'NEVER',
  'NO_CONSENT',
  'NOT_TAKING_PART',
  'NOT_REACHED',
]);

/** An outcome as the registry writes it: released on a releasing basis, or withheld on another. */
function isOutcome(value: unknown, references: readonly string[]): value is DecisionOutcome {
  if (!Array.isArray(value) || value.length !== 3) return false;
  const [released, basis, reference] = value as unknown[];
  const bases: ReadonlySet<unknown> =
    released === true ? RELEASING : released === false ? WITHHOLDING : new Set();
  return bases.has(basis) && (reference === null || isIndex(reference, references.length));
}

/**
 * The decisions of an answer, or null when it does not answer every request with a well-formed
 * outcome (a value released without a basis, or on one that withholds, is no answer).
 */
export function decisionsFrom(
  requests: DecisionRequest[],
  answer: Partial<DecisionAnswer>,
): Decision[] | null {
  const { outcomes, references } = answer;
  if (!Array.isArray(outcomes) || outcomes.length !== requests.length) return null;
  if (!isStringList(references)) return null;
  if (!outcomes.every((outcome) => isOutcome(outcome, references))) return null;
  return requests.map((request, index) => {
    const [released, basis, reference] = outcomes[index]!;
    return {
      ...request,
      released,
      basis,
      reference: reference === null ? null : references[reference]!,
    };
  });
}
