import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataOptions } from '@wohnnetz/service-kit';
import {
  MUNICIPALITIES,
  addDays,
  demoAgenciesOf,
  demoHouseholds,
  demoId,
  isoDate,
  seededRandom,
} from '@wohnnetz/demo-data';
import { CourseSchema, type Course } from '../entities/course.entity';
import { EnrollmentSchema, type Enrollment } from '../entities/enrollment.entity';

const LANGUAGE_NAMES = {
  DE: 'Deutsch',
  EN: 'Englisch',
  AR: 'Arabisch',
  TR: 'Türkisch',
  UK: 'Ukrainisch',
  RU: 'Russisch',
  FA: 'Farsi',
} as const;
type Language = keyof typeof LANGUAGE_NAMES;
const OTHER_LANGUAGES: readonly Language[] = ['EN', 'AR', 'TR', 'UK', 'RU', 'FA'];

/** Start months (2026) of a provider's courses: the last one still runs, the earlier ones ended. */
const START_MONTHS: readonly (readonly number[])[] = [
  [2, 5, 9],
  [3, 9],
];

interface PlannedCourse {
  course: Course;
  /** The provider's newest course, still running; the earlier ones have ended. */
  running: boolean;
}

type Outcome = Partial<
  Pick<Enrollment, 'status' | 'attendedSessions' | 'examPassed' | 'certificateIssuedOn'>
>;

/** Two or three courses per training provider, the first one in German. */
function planCourses(): PlannedCourse[] {
  const random = seededRandom(5000);
  const courses: PlannedCourse[] = [];
  let providers = 0;
  for (const municipality of MUNICIPALITIES) {
    for (const provider of demoAgenciesOf('TRAINING_PROVIDER', municipality)) {
      const months = START_MONTHS[providers++ % START_MONTHS.length]!;
      months.forEach((month, index) => {
        const language: Language =
          index === 0 ? 'DE' : random.chance(0.4) ? 'DE' : random.pick(OTHER_LANGUAGES);
        const modules = random.int(5, 7);
        courses.push({
          course: {
            id: demoId('course', courses.length + 1),
            providerAgencyId: provider.id,
            title: `Mietführerschein ${index + 1}/2026 (${LANGUAGE_NAMES[language]})`,
            language,
            modules,
            sessions: modules * 2,
            startsOn: isoDate(2026, month + random.int(0, 1), random.int(1, 28)),
            municipality,
          },
          running: index === months.length - 1,
        });
      });
    }
  }
  return courses;
}

/** Fictional courses and enrollments; skipped when the training database holds courses. */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  if ((await em.count(CourseSchema)) > 0) return;
  const planned = planCourses();
  await em.transactional((tx) => {
    const courses = planned.map(({ course, running }) => ({
      course: tx.create(CourseSchema, course),
      running,
    }));

    for (const demo of demoHouseholds(options.households)) {
      const random = seededRandom(5000 + demo.number);
      if (!random.chance(0.7)) continue;
      const local = courses.filter(({ course }) => course.municipality === demo.municipality);
      const current = local.find(({ running }) => running)!.course;
      const chosen = random.chance(0.5) ? local[0]! : random.pick(local);
      const course = chosen.course;
      const half = Math.floor(course.sessions / 2);
      // Adults only; the applicant always attends, further adults sometimes.
      const adults = demo.members.filter((member) => member.relationship !== 'CHILD');
      const attendees = adults.filter((_member, index) => index === 0 || random.chance(0.35));
      let sequence = 0;
      const enroll = (memberId: string, attended: Course, outcome: Outcome) => {
        tx.create(EnrollmentSchema, {
          id: demoId('enrollment', demo.number * 10 + sequence++),
          householdId: demo.id,
          memberId,
          course: attended,
          providerAgencyId: attended.providerAgencyId,
          status: 'ENROLLED',
          attendedSessions: 0,
          examPassed: null,
          certificateIssuedOn: null,
          ...outcome,
        });
      };

      for (const member of attendees) {
        if (chosen.running) {
          enroll(member.id, course, { attendedSessions: random.int(0, half) });
        } else if (random.chance(0.2)) {
          enroll(member.id, course, { status: 'DROPPED', attendedSessions: random.int(1, half) });
          // Some try again in the course that runs now.
          if (random.chance(0.5)) {
            enroll(member.id, current, {
              attendedSessions: random.int(0, Math.floor(current.sessions / 2)),
            });
          }
        } else {
          const passed = random.chance(0.85);
          enroll(member.id, course, {
            status: 'COMPLETED',
            attendedSessions: random.int(course.sessions - 2, course.sessions),
            examPassed: passed,
            certificateIssuedOn: passed
              ? addDays(course.startsOn, 7 * course.sessions + random.int(3, 10))
              : null,
          });
        }
      }
    }
  });
}
