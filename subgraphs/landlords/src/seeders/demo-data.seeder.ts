import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataOptions } from '@wohnnetz/service-kit';
import {
  addDays,
  demoAgenciesOf,
  demoHouseholds,
  demoId,
  isoDate,
  seededRandom,
  type Municipality,
} from '@wohnnetz/demo-data';
import { HousingUnitSchema, type HousingUnit } from '../entities/housing-unit.entity';
import { LandlordSchema, type Landlord } from '../entities/landlord.entity';
import { TenancySchema } from '../entities/tenancy.entity';

// Invented street names: no real address is meant.
const STREETS = [
  'Am Schachtgrün',
  'Seilscheibenweg',
  'Kauenring',
  'Am Wetterschacht',
  'Flözbogen',
  'Steigerhof',
  'Grubenlampenstraße',
  'Kumpelbogen',
  'Lorenhof',
  'Zechengartenweg',
] as const;
const PLACES: Record<Municipality, readonly { city: string; postalCode: string }[]> = {
  DORTMUND: [
    { city: 'Dortmund', postalCode: '44135' },
    { city: 'Dortmund', postalCode: '44145' },
    { city: 'Dortmund', postalCode: '44147' },
    { city: 'Dortmund', postalCode: '44369' },
  ],
  HAGEN: [
    { city: 'Hagen', postalCode: '58089' },
    { city: 'Hagen', postalCode: '58095' },
    { city: 'Hagen', postalCode: '58119' },
  ],
  KREIS_RECKLINGHAUSEN: [
    { city: 'Recklinghausen', postalCode: '45657' },
    { city: 'Marl', postalCode: '45768' },
    { city: 'Herten', postalCode: '45699' },
    { city: 'Castrop-Rauxel', postalCode: '44575' },
  ],
};

/** Month ends after the demo's present (late 2026) on which a tenancy under notice ends. */
const NOTICE_ENDS = ['2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31'] as const;

/** The demo landlords' kind, read from the legal form in their (invented) names. */
function kindOf(name: string): string {
  if (/\beG$/.test(name)) return 'COOPERATIVE';
  if (/\bGmbH$/.test(name)) return 'MUNICIPAL_COMPANY';
  if (/\b(AG|KG|SE)$/.test(name)) return 'PRIVATE_COMPANY';
  return 'PRIVATE_PERSON';
}

/**
 * Fictional landlords (the demo agencies of kind LANDLORD), one housing unit per demo household
 * at a landlord of its municipality, and tenancies for most households; some units are vacant.
 * Skipped when the landlords database holds landlords.
 */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  if ((await em.count(LandlordSchema)) > 0) return;
  await em.transactional((tx) => {
    const landlords = demoAgenciesOf('LANDLORD').map((agency, index) => {
      const kind = kindOf(agency.name);
      return tx.create(LandlordSchema, {
        id: demoId('landlord', index + 1),
        agencyId: agency.id,
        name: agency.name,
        kind,
        municipality: agency.municipality,
        // Cooperatives and municipal companies have signed; private landlords have not (yet).
        cooperationAgreement: kind === 'COOPERATIVE' || kind === 'MUNICIPAL_COMPANY',
      });
    });
    const units = new Map<number, HousingUnit>();
    for (const demo of demoHouseholds(options.households)) {
      const random = seededRandom(4000 + demo.number);
      const candidates = landlords.filter(
        (landlord) => landlord.municipality === demo.municipality,
      );
      const landlord: Landlord = random.pick(candidates.length > 0 ? candidates : landlords);
      const place = random.pick(PLACES[landlord.municipality as Municipality]);
      const rooms = Math.min(5, Math.max(1, demo.members.length - random.int(0, 1)));
      const floorAreaSqm = 22 + rooms * random.int(14, 20);
      const unit = tx.create(HousingUnitSchema, {
        id: demoId('housing-unit', demo.number),
        landlord,
        street: `${random.pick(STREETS)} ${random.int(1, 98)}`,
        postalCode: place.postalCode,
        city: place.city,
        rooms,
        floorAreaSqm,
        problemProperty: random.chance(0.15),
        vacantSince: null,
      });
      units.set(demo.number, unit);
      // 7.50 to 11 euros per square metre, rounded to whole euros.
      const rent = (area: number) => Math.round((area * random.int(750, 1100)) / 100) * 100;

      if (!random.chance(0.75)) {
        // Without a programme household the unit is vacant or let to someone outside the programme.
        if (random.chance(0.5)) {
          unit.vacantSince = isoDate(random.int(2025, 2026), random.int(1, 10), random.int(1, 28));
        }
        continue;
      }
      // Some households lived in another unit of their municipality before (ended by 2023).
      const previousUnit = units.get(demo.number - 3);
      if (previousUnit && random.chance(0.3)) {
        tx.create(TenancySchema, {
          id: demoId('tenancy', demo.number * 10 + 1),
          householdId: demo.id,
          unit: previousUnit,
          landlordAgencyId: previousUnit.landlord.agencyId,
          startsOn: isoDate(random.int(2015, 2020), random.int(1, 12), 1),
          endsOn: isoDate(random.int(2022, 2023), random.int(1, 12), 28),
          monthlyRentCents: rent(previousUnit.floorAreaSqm),
          status: 'ENDED',
        });
      }
      const roll = random.next();
      const status = roll < 0.65 ? 'ACTIVE' : roll < 0.85 ? 'TERMINATED' : 'ENDED';
      const startsOn = isoDate(random.int(2024, 2025), random.int(1, 12), 1);
      const endsOn =
        status === 'ACTIVE'
          ? null
          : status === 'TERMINATED'
            ? random.pick(NOTICE_ENDS)
            : isoDate(2026, random.int(1, 10), 28);
      tx.create(TenancySchema, {
        id: demoId('tenancy', demo.number * 10),
        householdId: demo.id,
        unit,
        landlordAgencyId: landlord.agencyId,
        startsOn,
        endsOn,
        monthlyRentCents: rent(floorAreaSqm),
        status,
      });
      if (status === 'ENDED' && endsOn) unit.vacantSince = addDays(endsOn, 1);
    }
  });
}
