import { randomUUID } from 'node:crypto';

/** The instants the registry records, which its database keeps near its own clock (ADR 0021). */
export type RegistryInstant =
  | 'consent_grant.recorded_at'
  | 'consent_grant.withdrawn_at'
  | 'consent_event.at'
  | 'access_log_record.at';

/** The error the database answers a write of such an instant too far from its clock with. */
export const INSTANT_OUT_OF_BOUNDS_CODE = '23514'; // check_violation

/** The start of that error's message, naming the table, the column and the bound. */
export const outOfBounds = (instant: RegistryInstant) =>
  `${instant} must lie within 60 seconds of the database's clock`;

/**
 * An insert of a new row of the registry's record whose `instant` column is `at`, an SQL
 * expression (`clock_timestamp() - interval '2 minutes'`): the grant `grantId` (of a household
 * of its own; inserted withdrawn for its withdrawn_at, recorded now), an event of the grant
 * `grantId`, or a log record. A statement as it reaches the database, to run as any role.
 */
export function insertDated(
  instant: RegistryInstant,
  at: string,
  grantId: string = randomUUID(),
): string {
  switch (instant) {
    case 'consent_grant.recorded_at':
    case 'consent_grant.withdrawn_at': {
      const [recordedAt, withdrawnAt] =
        instant === 'consent_grant.recorded_at' ? [at, 'null'] : ['clock_timestamp()', at];
      return `insert into consent_grant (id, household_id, grantor_name, recipient_agency_kind,
          categories, purposes, valid_from, form, informed_of, information_language,
          document_reference, recorded_by, recorded_by_agency_id, recorded_at, withdrawn_at,
          withdrawn_by)
        values ('${grantId}', '${randomUUID()}', 'Instant Test', 'LANDLORD', '{TENANCY}',
          '{TENANCY_SUPPORT}', clock_timestamp(), 'WRITTEN', '{PURPOSE}', 'de', 'INSTANT-TEST',
          'test@housing-dortmund', 'housing-dortmund', ${recordedAt}, ${withdrawnAt},
          ${withdrawnAt === 'null' ? 'null' : "'test@housing-dortmund'"})`;
    }
    case 'consent_event.at':
      return `insert into consent_event (id, grant_id, kind, at, actor, agency_id)
        values ('${randomUUID()}', '${grantId}', 'GIVEN', ${at}, 'test@housing-dortmund',
          'housing-dortmund')`;
    case 'access_log_record.at':
      return `insert into access_log_record (id, at, request_id, actor, agency_id, agency_kind,
          purpose, subgraph, household_ids, fields, categories, "references", decisions)
        values ('${randomUUID()}', ${at}, 'instant-test', 'test@jobcenter-nowhere',
          'jobcenter-nowhere', 'JOBCENTER', 'EVICTION_PREVENTION', 'welfare',
          array['${randomUUID()}']::uuid[], '{SupportCase.kind}', '{SUPPORT_NOTES}', '{}',
          '[[0, 0, false, "NO_CONSENT", null]]')`;
  }
}

/** The withdrawal of `grantId`, dated `at` (an SQL expression), as the registry writes it. */
export const withdrawalDated = (grantId: string, at: string) =>
  `update consent_grant set withdrawn_at = ${at}, withdrawn_by = 'test@housing-dortmund'
    where id = '${grantId}'`;

/** Instants the database refuses, as SQL expressions: well outside its 60 seconds either way. */
export const FAR_INSTANTS: [string, string][] = [
  ['2 minutes back', "clock_timestamp() - interval '2 minutes'"],
  ['2 minutes ahead', "clock_timestamp() + interval '2 minutes'"],
  ['-infinity', "'-infinity'"],
  ['infinity', "'infinity'"],
];

/** Instants it accepts: now, and within its tolerance either way. */
export const NEAR_INSTANTS: [string, string][] = [
  ['now', 'clock_timestamp()'],
  ['30 seconds back', "clock_timestamp() - interval '30 seconds'"],
  ['30 seconds ahead', "clock_timestamp() + interval '30 seconds'"],
];
