import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEMO_AGENCIES,
  demoAgenciesOf,
  demoHouseholds,
  demoId,
  seededRandom,
} from '@wohnnetz/demo-data';
import type { DemoDataOptions } from '@wohnnetz/service-kit';
import { AgencySchema } from '../entities/agency.entity';
import { ConsentGrantSchema } from '../entities/consent-grant.entity';

/** The demo agencies, and for about half of the households a written consent towards a welfare provider. */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  if ((await em.count(AgencySchema)) > 0) return;
  await em.transactional((tx) => {
    for (const agency of DEMO_AGENCIES) tx.create(AgencySchema, { ...agency });
    for (const demo of demoHouseholds(options.households)) {
      const random = seededRandom(6000 + demo.number);
      const grantor = demo.members[0];
      const welfare = demoAgenciesOf('WELFARE_PROVIDER', demo.municipality)[0];
      if (!grantor || !welfare || !random.chance(0.5)) continue;
      const recordedAt = new Date(Date.UTC(2026, random.int(0, 9), random.int(1, 28), 10));
      tx.create(ConsentGrantSchema, {
        id: demoId('consent', demo.number),
        householdId: demo.id,
        grantorMemberId: grantor.id,
        grantorName: `${grantor.givenName} ${grantor.familyName}`,
        recipientAgencyId: welfare.id,
        categories: ['IDENTITY', 'CONTACT', 'HOUSING_SITUATION', 'RENT_ARREARS'],
        purposes: ['EVICTION_PREVENTION', 'TENANCY_SUPPORT'],
        validFrom: recordedAt,
        validUntil: new Date(recordedAt.getTime() + 365 * 24 * 3600 * 1000),
        form: 'WRITTEN',
        informedOf: [
          'PURPOSE',
          'RECIPIENTS',
          'CONSEQUENCES_OF_REFUSAL',
          'RIGHT_TO_WITHDRAW',
          'STORAGE_PERIOD',
        ],
        informationLanguage: random.pick(['de', 'de', 'tr', 'ar', 'uk']),
        documentReference: `EV-${demo.reference}`,
        recordedBy: `housing office (${demo.municipality.toLowerCase()})`,
        recordedAt,
      });
    }
  });
}
