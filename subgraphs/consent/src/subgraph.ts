import { defineSubgraph, soleOwners, type HouseholdReference } from '@wohnnetz/service-kit';
import { ACCESS_LOG_PURPOSE, ACCESS_LOG_READER_ROLE, REGISTRY_WRITER_ROLE } from './access';
import { createConsentContext, type ConsentContext } from './context';
import { visibleGrants } from './visible-grants';
import { decisionEndpoint } from './decisions/decision-endpoint';
import { localDecisionService } from './decisions/registry-decisions';
import { AccessLogRecordSchema } from './entities/access-log-record.entity';
import { AgencySchema } from './entities/agency.entity';
import { ConsentEventSchema } from './entities/consent-event.entity';
import { ConsentGrantSchema, type ConsentGrant } from './entities/consent-grant.entity';
import { RetentionRunSchema } from './entities/retention-run.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seeders/demo-data.seeder';

export const consent = defineSubgraph<ConsentContext>({
  name: 'consent',
  sourceDir: __dirname,
  resolvers,
  createContext: createConsentContext,
  entities: [
    AgencySchema,
    ConsentGrantSchema,
    ConsentEventSchema,
    AccessLogRecordSchema,
    RetentionRunSchema,
  ],
  migrations,
  seedDemoData,
  // The registry: other subgraphs ask it for decisions; its own fields it decides in-process.
  routes: decisionEndpoint,
  localDecisions: ({ orm }) => localDecisionService(orm),
  // Run as a role of its own, the registry only adds to its record (ADR 0018): grants are
  // withdrawn by an update of the withdrawal's columns (the trigger allows nothing else either),
  // events and the log only grow; the agencies it only reads (the owner seeds them).
  servicePrivileges: {
    agency: ['SELECT'],
    consent_grant: ['SELECT', 'INSERT', 'UPDATE (withdrawn_at, withdrawn_by)'],
    consent_event: ['SELECT', 'INSERT'],
    access_log_record: ['SELECT', 'INSERT'],
    // Written by the tables' owner's retention runs (ADR 0024); the registry only shows them.
    retention_run: ['SELECT'],
  },
  consent: {
    householdOf: {
      Household: (household: HouseholdReference) => household.id,
      ConsentGrant: (grant: ConsentGrant) => grant.householdId,
    },
    // An agency reads only its part of a household's consents (visibleGrants), so the owner of
    // what it reads is judged on that part alone: the agency itself where it recorded all of it,
    // another agency where that one did, nobody where the part is empty — an agency whose records
    // were not in the answer is not named (its officer would see who asked about its client).
    // An empty part is not the agency's own: it is decided like a part another agency recorded,
    // so that the answer does not tell whether one did. Whether others recorded consents it
    // cannot see changes nothing for it. Through the loader
    // that resolves Household.consents: no statement of its own when they are asked for.
    ownersOf: ({ consentsByHousehold, caller }, ids) =>
      soleOwners(ids, async (id) =>
        visibleGrants(await consentsByHousehold.load(id), caller).map(
          (grant) => grant.recordedByAgencyId,
        ),
      ),
    // The resolvers check the same again, with their own messages.
    rootFields: {
      // The list of agencies is reference data without personal data.
      'Query.agencies': {},
      'Query.agency': {},
      'Query.accessLog': { roles: [ACCESS_LOG_READER_ROLE], purposes: [ACCESS_LOG_PURPOSE] },
      'Query.retentionRuns': {
        roles: [ACCESS_LOG_READER_ROLE],
        purposes: [ACCESS_LOG_PURPOSE],
      },
      'Query.recordedConsents': {
        roles: [ACCESS_LOG_READER_ROLE],
        purposes: [ACCESS_LOG_PURPOSE],
      },
      'Mutation.recordConsent': { roles: [REGISTRY_WRITER_ROLE] },
      'Mutation.withdrawConsent': { roles: [REGISTRY_WRITER_ROLE] },
    },
  },
});

// For the tests (packages/testing), which write what the registry's own writes may not.
export { withTriggersOff, type RegistryTable } from './registry-triggers';
