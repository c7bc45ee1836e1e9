import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataOptions } from '@wohnnetz/service-kit';
import {
  addDays,
  demoAgenciesOf,
  demoHouseholds,
  demoId,
  seededRandom,
  type DemoHousehold,
} from '@wohnnetz/demo-data';
import { SupportCaseSchema } from '../entities/support-case.entity';
import { WelfareProviderSchema, type WelfareProvider } from '../entities/welfare-provider.entity';

const ASSOCIATIONS = ['DIAKONIE', 'CARITAS', 'AWO', 'PARITAETISCHER'] as const;
const FIRST_KINDS = ['OUTREACH', 'TENANCY_SUPPORT', 'TENANCY_SUPPORT', 'COUNSELLING'] as const;
const ADULT_GROUPS = ['WOMEN', 'REFUGEES', 'GENERAL', 'GENERAL'] as const;
/** Fictional, generic notes on health or care needs (special category, GDPR Art. 9). */
const HEALTH_NOTES = [
  'Attends addiction counselling alongside the support',
  'Needs help to keep medical appointments',
  'Mobility impaired: needs a flat without stairs',
  'In outpatient psychotherapy; the provider coordinates appointments',
] as const;
/** Cases open from this day on, and none is closed after the cut-off. */
const FIRST_DAY = '2025-01-06';
const CUTOFF = '2026-11-15';
const DAY_MS = 24 * 60 * 60 * 1000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Families with children, young adults and seniors go to specialised services. */
function targetGroupOf(demo: DemoHousehold, random: ReturnType<typeof seededRandom>): string {
  if (demo.members.some((member) => member.relationship === 'CHILD')) return 'FAMILIES';
  const born = Number(demo.members[0]?.birthDate.slice(0, 4));
  if (born >= 1999) return 'YOUNG_ADULTS';
  if (born <= 1961) return 'SENIORS';
  return random.pick(ADULT_GROUPS);
}

/**
 * The special-category notes of a support case, drawn from their own generator so that the other
 * demo data stays as it was: health notes for some cases, and for some whether a probation officer
 * (Bewährungshilfe) is involved.
 */
function specialNotes(random: ReturnType<typeof seededRandom>) {
  return {
    healthNotes: random.chance(0.3) ? random.pick(HEALTH_NOTES) : null,
    probationSupervision: random.chance(0.4) ? random.chance(0.25) : null,
  };
}

/**
 * One provider per demo welfare agency and fictional support cases for about 70% of the demo
 * households; skipped when the welfare database holds providers (they are seeded with the cases).
 */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  if ((await em.count(WelfareProviderSchema)) > 0) return;
  await em.transactional((tx) => {
    const providers: WelfareProvider[] = demoAgenciesOf('WELFARE_PROVIDER').map((agency, index) =>
      tx.create(WelfareProviderSchema, {
        id: demoId('welfare-provider', index + 1),
        agencyId: agency.id,
        name: agency.name,
        association: ASSOCIATIONS[index % ASSOCIATIONS.length] ?? 'OTHER',
        municipality: agency.municipality,
      }),
    );
    for (const demo of demoHouseholds(options.households)) {
      const random = seededRandom(3000 + demo.number);
      const special = seededRandom(3500 + demo.number);
      const local = providers.filter((provider) => provider.municipality === demo.municipality);
      if (local.length === 0 || !random.chance(0.7)) continue;
      const provider = random.pick(local);
      const targetGroup = targetGroupOf(demo, random);
      const count = random.chance(0.3) ? 2 : 1;
      let openedOn = addDays(FIRST_DAY, random.int(0, 540));
      for (let index = 0; index < count; index += 1) {
        // A second case is the aftercare that follows the first one.
        const kind = index === 0 ? random.pick(FIRST_KINDS) : 'AFTERCARE';
        const closing = addDays(openedOn, random.int(30, 240));
        const closedOn =
          (index < count - 1 || random.chance(0.35)) && closing <= CUTOFF ? closing : null;
        const days = daysBetween(openedOn, closedOn ?? CUTOFF);
        tx.create(SupportCaseSchema, {
          id: demoId('support-case', demo.number * 10 + index),
          householdId: demo.id,
          provider,
          providerAgencyId: provider.agencyId,
          kind,
          targetGroup,
          status: closedOn ? 'CLOSED' : 'OPEN',
          openedOn,
          closedOn,
          visitsCount:
            kind === 'COUNSELLING'
              ? random.int(1, 6)
              : Math.max(1, Math.round(days / random.int(10, 21))),
          ...specialNotes(special),
        });
        if (!closedOn) break;
        openedOn = addDays(closedOn, random.int(7, 60));
        if (openedOn > CUTOFF) break;
      }
    }
  });
}
