import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataOptions } from '@wohnnetz/service-kit';
import { demoAgenciesOf, demoHouseholds, isoDate, seededRandom } from '@wohnnetz/demo-data';
import { HouseholdSchema } from '../entities/household.entity';
import { HouseholdMemberSchema } from '../entities/household-member.entity';

const SITUATIONS = [
  'TENANCY_AT_RISK',
  'TENANCY_AT_RISK',
  'EMERGENCY_ACCOMMODATION',
  'HOMELESS',
  'REHOUSED',
] as const;

/** Fictional households and members; skipped when the housing database holds households. */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  if ((await em.count(HouseholdSchema)) > 0) return;
  await em.transactional((tx) => {
    for (const demo of demoHouseholds(options.households)) {
      const random = seededRandom(1000 + demo.number);
      const household = tx.create(HouseholdSchema, {
        id: demo.id,
        reference: demo.reference,
        municipality: demo.municipality,
        housingOfficeAgencyId: demoAgenciesOf('HOUSING_OFFICE', demo.municipality)[0]!.id,
        housingSituation: random.pick(SITUATIONS),
        registeredOn: isoDate(2026, random.int(1, 10), random.int(1, 28)),
      });
      for (const member of demo.members) {
        tx.create(HouseholdMemberSchema, { ...member, household });
      }
    }
  });
}
