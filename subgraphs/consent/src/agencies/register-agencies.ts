import type { MikroORM } from '@mikro-orm/postgresql';
import { AgencySchema, type Agency } from '../entities/agency.entity';
import { LOCK_WAIT_SECONDS, rethrowLockWait } from '../operator/registry-owner';
import { idLikeness } from './agency-file';
import { AgencyFileError } from './agency-file-error';

/** What registering a file's agencies does (or, checked only, would do) to the registry. */
export interface AgencyRegistration {
  added: Agency[];
  /** Registered agencies whose name, municipality or day of leaving the file changes. */
  updated: { before: Agency; after: Agency }[];
  unchanged: Agency[];
  /** Registered agencies the file does not list: kept, never removed. */
  notListed: Agency[];
}

/** An id with every character but printable ASCII written out (\u00fc), so that alike ones differ. */
const spelled = (id: string): string =>
  JSON.stringify(id).replace(
    /[^\x20-\x7e]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const plainAgency = ({ id, kind, municipality, name, leftOn }: Agency): Agency => ({
  id,
  kind,
  municipality,
  name,
  leftOn: leftOn ?? null,
});

/** What of a registered agency the file may change: its name, municipality and day it left. */
const sameDetails = (before: Agency, after: Agency): boolean =>
  before.name === after.name &&
  before.municipality === after.municipality &&
  (before.leftOn ?? null) === (after.leftOn ?? null);

/**
 * Compares the file's agencies with the registered ones. An agency's kind never changes: the
 * consents naming it were checked against it when recorded, and the access log names it; an
 * agency that becomes another kind of agency is registered under a new id.
 */
function compare(listed: readonly Agency[], registered: readonly Agency[], source: string) {
  const byId = new Map(registered.map((agency) => [agency.id, plainAgency(agency)]));
  const registration: AgencyRegistration = { added: [], updated: [], unchanged: [], notListed: [] };
  const problems: string[] = [];
  for (const agency of listed) {
    const before = byId.get(agency.id);
    if (!before) registration.added.push(agency);
    else if (before.kind !== agency.kind) {
      problems.push(
        `${agency.id} is registered as ${before.kind}, not ${agency.kind}: an agency's kind does not change (consents naming it were checked against it); register the new kind under a new id`,
      );
    } else if (sameDetails(before, agency)) {
      registration.unchanged.push(before);
    } else registration.updated.push({ before, after: agency });
  }
  // A new id that differs from a registered or an earlier listed one only in case, Unicode
  // normalisation or invisible characters is a second agency no one can tell from the first
  // (most likely the first misspelt), and a registration is never undone.
  const alike = new Map(registered.map((agency) => [idLikeness(agency.id), agency.id]));
  for (const agency of registration.added) {
    const likeness = idLikeness(agency.id);
    const other = alike.get(likeness);
    if (other === undefined) alike.set(likeness, agency.id);
    else {
      problems.push(
        `${spelled(agency.id)} differs from ${byId.has(other) ? 'the registered' : 'the listed'} ${spelled(other)} only in case, Unicode normalisation or invisible characters: tokens would carry only one of them; list the id as the identity provider spells it`,
      );
    }
  }
  if (problems.length > 0) throw new AgencyFileError(source, problems);
  const listedIds = new Set(listed.map((agency) => agency.id));
  registration.notListed = [...byId.values()].filter((agency) => !listedIds.has(agency.id));
  return registration;
}

/**
 * Registers the agencies of a file (parseAgencyFile) in the registry's database: adds the new ones
 * and takes the others' names, municipalities and days of leaving from it, all in one transaction, or changes
 * nothing (an AgencyFileError). Agencies the file does not list are kept: consents and the access
 * log name them. With `checkOnly`, only says what it would do. Needs the role that owns the
 * registry's tables (the registry's own role may only read them, ADR 0019).
 */
export async function registerAgencies(
  orm: MikroORM,
  listed: readonly Agency[],
  { source, checkOnly }: { source: string; checkOnly: boolean },
): Promise<AgencyRegistration> {
  return orm.em.fork().transactional(async (tx) => {
    // Two registrations at once would each add what the other cannot see; the registry's own
    // reads of the agencies go on meanwhile (EXCLUSIVE does not block them).
    // A lock held elsewhere for long (a migration, a registration left open) is waited for a
    // while, then the operator is told, rather than the command hanging without a word.
    if (!checkOnly) {
      await tx.execute(`set local lock_timeout = '${LOCK_WAIT_SECONDS}s'`);
      await tx
        .execute('lock table agency in exclusive mode')
        .catch((error: unknown) => rethrowLockWait(error, "the registry's agencies"));
    }
    const registered = await tx.find(AgencySchema, {}, { orderBy: { id: 'asc' } });
    const registration = compare(listed, registered, source);
    if (checkOnly) return registration;
    for (const agency of registration.added) tx.create(AgencySchema, { ...agency });
    const byId = new Map(registered.map((agency) => [agency.id, agency]));
    for (const { after } of registration.updated) {
      const entity = byId.get(after.id)!;
      entity.name = after.name;
      entity.municipality = after.municipality;
      entity.leftOn = after.leftOn ?? null;
    }
    await tx.flush();
    return registration;
  });
}

const details = (agency: Agency): string =>
  `${agency.municipality}, ${agency.name}${agency.leftOn ? `, left on ${agency.leftOn}` : ''}`;

/** The registration in lines for a terminal, saying what was (or would be) changed. */
export function describeRegistration(
  registration: AgencyRegistration,
  checkOnly: boolean,
): string[] {
  const [add, update] = checkOnly ? ['would add', 'would update'] : ['added', 'updated'];
  const shown = (agency: Agency) => `${agency.id} (${agency.kind}, ${details(agency)})`;
  return [
    ...registration.added.map((agency) => `${add} ${shown(agency)}`),
    ...registration.updated.map(
      ({ before, after }) => `${update} ${after.id}: ${details(before)} → ${details(after)}`,
    ),
    `${registration.added.length} added, ${registration.updated.length} updated, ${registration.unchanged.length} unchanged${checkOnly ? ' (checked only: nothing was changed)' : ''}`,
    ...(registration.notListed.length > 0
      ? [
          `${registration.notListed.length} registered agencies the file does not list are kept (agencies are never removed): ${registration.notListed.map((agency) => agency.id).join(', ')}`,
        ]
      : []),
  ];
}
