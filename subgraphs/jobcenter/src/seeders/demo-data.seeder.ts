import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataOptions } from '@wohnnetz/service-kit';
import {
  addDays,
  demoAgenciesOf,
  demoHouseholds,
  demoId,
  isoDate,
  seededRandom,
} from '@wohnnetz/demo-data';
import type { Municipality } from '@wohnnetz/demo-data';
import { BenefitCaseSchema } from '../entities/benefit-case.entity';
import { TenancyWarningSchema } from '../entities/tenancy-warning.entity';

const BENEFIT_TYPES = ['SGB_II', 'SGB_II', 'SGB_II', 'SGB_II', 'SGB_XII', 'WOHNGELD'] as const;
const STATUSES = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'SUSPENDED', 'ENDED'] as const;

/** Invented monthly ceilings in euros: for one person, and for each further member. */
const CEILINGS: Record<Municipality, { base: number; perMember: number }> = {
  DORTMUND: { base: 480, perMember: 110 },
  HAGEN: { base: 420, perMember: 95 },
  KREIS_RECKLINGHAUSEN: { base: 445, perMember: 100 },
};

/** How a threatened tenancy escalates: arrears, then notice, then an eviction suit. */
const ESCALATION = ['RENT_ARREARS', 'NOTICE_OF_TERMINATION', 'EVICTION_SUIT'] as const;

/**
 * Fictional benefit cases (about 70% of the households) and tenancy warnings (about 55%);
 * skipped when the jobcenter database holds benefit cases.
 */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  if ((await em.count(BenefitCaseSchema)) > 0) return;
  await em.transactional((tx) => {
    let caseNumber = 0;
    let warningNumber = 0;
    for (const demo of demoHouseholds(options.households)) {
      const random = seededRandom(2000 + demo.number);
      const jobcenter = demoAgenciesOf('JOBCENTER', demo.municipality)[0];
      if (!jobcenter) throw new Error(`no demo Jobcenter in ${demo.municipality}`);

      if (random.chance(0.7)) {
        const ceiling = CEILINGS[demo.municipality];
        const ceilingCents = (ceiling.base + ceiling.perMember * (demo.members.length - 1)) * 100;
        const since = addDays('2026-10-31', -random.int(0, 2000));
        // Some households had an earlier case that ended before the current one began.
        if (random.chance(0.25)) {
          tx.create(BenefitCaseSchema, {
            id: demoId('benefit-case', (caseNumber += 1)),
            householdId: demo.id,
            jobcenterAgencyId: jobcenter.id,
            benefitType: random.pick(BENEFIT_TYPES),
            status: 'ENDED',
            since: addDays(since, -random.int(200, 900)),
            housingCostCeilingCents: ceilingCents - 2_000,
            directRentPayment: false,
          });
        }
        tx.create(BenefitCaseSchema, {
          id: demoId('benefit-case', (caseNumber += 1)),
          householdId: demo.id,
          jobcenterAgencyId: jobcenter.id,
          benefitType: random.pick(BENEFIT_TYPES),
          status: random.pick(STATUSES),
          since,
          housingCostCeilingCents: ceilingCents,
          directRentPayment: random.chance(0.3),
        });
      }

      if (random.chance(0.55)) {
        const steps = random.int(1, ESCALATION.length);
        let receivedOn = isoDate(2026, random.int(1, 5), random.int(1, 28));
        let arrearsCents = random.int(6, 30) * 10_000;
        for (const kind of ESCALATION.slice(0, steps)) {
          const source =
            kind === 'EVICTION_SUIT'
              ? 'COURT'
              : kind === 'RENT_ARREARS' && random.chance(0.3)
                ? 'HOUSEHOLD'
                : 'LANDLORD';
          tx.create(TenancyWarningSchema, {
            id: demoId('tenancy-warning', (warningNumber += 1)),
            householdId: demo.id,
            kind,
            receivedOn,
            // Arrears keep growing; a notice or suit does not always state them.
            arrearsCents: kind === 'RENT_ARREARS' || random.chance(0.6) ? arrearsCents : null,
            source,
            // Courts (§ 22 (9) SGB II: eviction suits for rent arrears), landlords and households
            // report to the municipality's Jobcenter.
            receivedByAgencyId: jobcenter.id,
          });
          receivedOn = addDays(receivedOn, random.int(20, 75));
          arrearsCents += random.int(4, 12) * 10_000;
        }
      }
    }
  });
}
