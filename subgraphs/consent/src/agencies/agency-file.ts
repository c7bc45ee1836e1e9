import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consentPolicy } from '@wohnnetz/consent-policy';
import {
  UNKNOWN_AGENCY,
  isBlank,
  isIdentifier,
  isIsoDate,
  quotedInput,
  textProblem,
} from '@wohnnetz/service-kit';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { z } from 'zod';
import { AgencySchema, type Agency } from '../entities/agency.entity';
import { AgencyFileError } from './agency-file-error';

const NAME_LENGTH = AgencySchema.meta.properties.name.length as number;

/**
 * The municipalities the registry can answer: its schema's `Municipality` enum. An agency in any
 * other would make `Agency.municipality` fail for every reader of a consent naming it.
 */
export function registryMunicipalities(): string[] {
  const document = parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));
  const node = document.definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'Municipality',
  );
  return (node?.values ?? []).map((value) => value.name.value);
}

const agencyFileSchema = z.strictObject({
  agencies: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      municipality: z.string(),
      name: z.string(),
      /** The day it left the programme (YYYY-MM-DD); absent or null: it takes part. */
      leftOn: z.string().nullable().optional(),
    }),
  ),
});

/**
 * An id as a reader takes it: without invisible characters (zero-width spaces, joiners), in one
 * Unicode normalisation, without case. Two ids alike in it are two agencies to the hub (tokens
 * and the registry compare ids letter for letter) that an operator or a case worker cannot tell
 * apart.
 */
export const idLikeness = (id: string): string =>
  id
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC');

/** A day as YYYY-MM-DD that exists (isIsoDate: no 2026-02-30), from 1900 on. */
const isCalendarDay = (value: string): boolean => isIsoDate(value) && value >= '1900';

/** What is wrong with one entry of the file, if anything (its name already trimmed). */
function entryProblems(
  agency: Agency,
  kinds: ReadonlySet<string>,
  municipalities: readonly string[],
): string[] {
  const problems: string[] = [];
  // The id is what the identity provider puts in the users' tokens (claim `agency`), letter for
  // letter: white space around it would be a second agency to the hub, and one of nothing but
  // invisible characters would be no name an operator can read.
  if (!isIdentifier(agency.id) || agency.id.trim() !== agency.id || isBlank(agency.id)) {
    problems.push(
      'id must be 1 to 64 characters of well-formed text, not only invisible ones, without control characters or white space around it',
    );
  } else if (idLikeness(agency.id) === idLikeness(UNKNOWN_AGENCY)) {
    // The registry's records name it where their agency is not known; the gateway refuses it.
    problems.push(
      `id ${quotedInput(agency.id, 40)} is reserved for records whose agency is not known`,
    );
  }
  if (!kinds.has(agency.kind)) {
    problems.push(
      `kind ${quotedInput(agency.kind, 40)} is not one of the consent policy's: ${[...kinds].join(', ')}`,
    );
  }
  if (!municipalities.includes(agency.municipality)) {
    problems.push(
      `municipality ${quotedInput(agency.municipality, 40)} is not one of the registry's: ${municipalities.join(', ')}`,
    );
  }
  const nameProblem = isBlank(agency.name)
    ? 'must not be blank'
    : textProblem(agency.name, NAME_LENGTH);
  if (nameProblem) problems.push(`name ${nameProblem}`);
  if (agency.leftOn != null && !isCalendarDay(agency.leftOn)) {
    problems.push(`leftOn ${quotedInput(agency.leftOn, 20)} is not a day written YYYY-MM-DD`);
  }
  return problems;
}

/**
 * The agencies a file lists, each checked (a kind of the consent policy, a municipality of the
 * registry, an id a token can carry, a name the registry can keep, a day it left if it has, no
 * id twice), or an
 * AgencyFileError naming every problem with its entry. The file is JSON:
 * `{ "agencies": [{ "id", "kind", "municipality", "name", "leftOn"? }, …] }`.
 */
export function parseAgencyFile(document: unknown, source: string): Agency[] {
  const parsed = agencyFileSchema.safeParse(document);
  if (!parsed.success) {
    throw new AgencyFileError(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`),
    );
  }
  const kinds = consentPolicy().agencyKinds;
  const municipalities = registryMunicipalities();
  const seen = new Set<string>();
  const problems: string[] = [];
  const agencies = parsed.data.agencies.map((entry, index) => {
    const agency: Agency = { ...entry, name: entry.name.trim(), leftOn: entry.leftOn ?? null };
    // Quoted with its control characters written out: shown by a terminal, not obeyed.
    const where = `agencies[${index}] (${quotedInput(agency.id, 64)})`;
    for (const problem of entryProblems(agency, kinds, municipalities)) {
      problems.push(`${where}: ${problem}`);
    }
    if (seen.has(agency.id)) problems.push(`${where}: id is listed twice`);
    seen.add(agency.id);
    return agency;
  });
  if (agencies.length === 0) problems.push('agencies: the list is empty');
  if (problems.length > 0) throw new AgencyFileError(source, problems);
  return agencies;
}
