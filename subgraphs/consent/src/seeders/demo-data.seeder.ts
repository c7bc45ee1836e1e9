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
import { withTriggersOff } from '../registry-triggers';
import { ConsentEventSchema } from '../entities/consent-event.entity';
import { ConsentGrantSchema } from '../entities/consent-grant.entity';

const DAY = 24 * 3600 * 1000;

/**
 * The demo agencies, and for about half of the households a written consent towards a welfare
 * provider, recorded by the household's housing office, with its history. Most of them apply
 * until withdrawn (no end date: their states do not change as the real clock moves on, so the
 * demo and the tests that read it stay as they are); a few were withdrawn some days after they
 * were given, a few were given a year earlier for a year and have expired.
 *
 * That history is dated in the past, which the registry's own writes may not be (ADR 0021): the
 * tables' owner, who seeds, writes it with their triggers off, in this transaction only.
 */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  if ((await em.count(AgencySchema)) > 0) return;
  await withTriggersOff(em, ['consent_grant', 'consent_event'], (tx) => seed(tx, options));
}

/** The demo rows, written in `tx`. */
async function seed(tx: EntityManager, options: DemoDataOptions): Promise<void> {
  for (const agency of DEMO_AGENCIES) tx.create(AgencySchema, { ...agency });
  for (const demo of demoHouseholds(options.households)) {
    const random = seededRandom(6000 + demo.number);
    const grantor = demo.members[0];
    const welfare = demoAgenciesOf('WELFARE_PROVIDER', demo.municipality)[0];
    const housingOffice = demoAgenciesOf('HOUSING_OFFICE', demo.municipality)[0];
    if (!grantor || !welfare || !housingOffice || !random.chance(0.5)) continue;
    const given = new Date(Date.UTC(2026, random.int(0, 9), random.int(1, 28), 10));
    const informationLanguage = random.pick(['de', 'de', 'tr', 'ar', 'uk']);
    const fate = random.next();
    const withdrawn = fate < 0.15;
    // An expired consent: given a year earlier for a year, so it ran out before the demo's present.
    const expired = fate >= 0.15 && fate < 0.3;
    const recordedAt = expired ? new Date(given.getTime() - 365 * DAY) : given;
    const caseworker = `demo-user@${housingOffice.id}`;
    const grant = tx.create(ConsentGrantSchema, {
      id: demoId('consent', demo.number),
      householdId: demo.id,
      grantorMemberId: grantor.id,
      grantorName: `${grantor.givenName} ${grantor.familyName}`,
      recipientAgencyId: welfare.id,
      categories: ['IDENTITY', 'CONTACT', 'HOUSING_SITUATION', 'RENT_ARREARS'],
      purposes: ['EVICTION_PREVENTION', 'TENANCY_SUPPORT'],
      validFrom: recordedAt,
      validUntil: expired ? given : null,
      form: 'WRITTEN',
      informedOf: [
        'PURPOSE',
        'RECIPIENTS',
        'CONSEQUENCES_OF_REFUSAL',
        'RIGHT_TO_WITHDRAW',
        'STORAGE_PERIOD',
      ],
      informationLanguage,
      documentReference: `EV-${demo.reference}`,
      recordedBy: caseworker,
      recordedByAgencyId: housingOffice.id,
      recordedAt,
    });
    tx.create(ConsentEventSchema, {
      id: demoId('consent-given', demo.number),
      grant,
      kind: 'GIVEN',
      at: recordedAt,
      actor: caseworker,
      agencyId: housingOffice.id,
    });
    if (withdrawn) {
      const withdrawnAt = new Date(recordedAt.getTime() + random.int(7, 21) * DAY);
      grant.withdrawnAt = withdrawnAt;
      grant.withdrawnBy = caseworker;
      tx.create(ConsentEventSchema, {
        id: demoId('consent-withdrawn', demo.number),
        grant,
        kind: 'WITHDRAWN',
        at: withdrawnAt,
        actor: caseworker,
        agencyId: housingOffice.id,
        reason: 'Widerruf schriftlich erklärt',
      });
    }
  }
  // Written now, while the triggers are off.
  await tx.flush();
}
