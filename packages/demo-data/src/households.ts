import { isoDate } from './dates';
import { demoId } from './ids';
import { seededRandom } from './random';
import { MUNICIPALITIES, type Municipality } from './vocabulary';

export type MemberRelationship = 'APPLICANT' | 'PARTNER' | 'CHILD' | 'OTHER_RELATIVE';

export interface DemoMember {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  relationship: MemberRelationship;
}

export interface DemoHousehold {
  /** 1-based position in the demo list; seeders derive their own data from it. */
  number: number;
  id: string;
  municipality: Municipality;
  reference: string;
  members: DemoMember[];
}

// Invented names, drawn at random: no real person is meant.
const GIVEN_NAMES = [
  'Anna',
  'Jonas',
  'Leyla',
  'Mehmet',
  'Olena',
  'Piotr',
  'Sara',
  'Tobias',
  'Amira',
  'Dario',
  'Elif',
  'Finn',
  'Greta',
  'Hamid',
  'Ivana',
  'Karim',
  'Lina',
  'Milan',
  'Nora',
  'Yusuf',
] as const;
const FAMILY_NAMES = [
  'Albers',
  'Brinkmann',
  'Demir',
  'Esser',
  'Fuchs',
  'Hoffmann',
  'Kaya',
  'Kowalczyk',
  'Lange',
  'Marković',
  'Nowak',
  'Öztürk',
  'Petrenko',
  'Rahimi',
  'Schröder',
  'Vogt',
  'Winter',
  'Yilmaz',
] as const;
const CODES: Record<Municipality, string> = {
  DORTMUND: 'DO',
  HAGEN: 'HA',
  KREIS_RECKLINGHAUSEN: 'RE',
};

/** The `count` demo households (36 by default), spread over the three municipalities. */
export function demoHouseholds(count = 36): DemoHousehold[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const random = seededRandom(number);
    const municipality = MUNICIPALITIES[index % MUNICIPALITIES.length] as Municipality;
    const familyName = random.pick(FAMILY_NAMES);
    const size = random.int(1, 5);
    const members: DemoMember[] = Array.from({ length: size }, (_, m) => {
      const relationship: MemberRelationship =
        m === 0
          ? 'APPLICANT'
          : m === 1 && random.chance(0.6)
            ? 'PARTNER'
            : random.chance(0.85)
              ? 'CHILD'
              : 'OTHER_RELATIVE';
      const year = relationship === 'CHILD' ? random.int(2008, 2024) : random.int(1950, 2003);
      return {
        id: demoId('member', number * 10 + m),
        givenName: random.pick(GIVEN_NAMES),
        familyName,
        birthDate: isoDate(year, random.int(1, 12), random.int(1, 28)),
        relationship,
      };
    });
    return {
      number,
      id: demoId('household', number),
      municipality,
      reference: `${CODES[municipality]}-2026-${String(number).padStart(4, '0')}`,
      members,
    };
  });
}
