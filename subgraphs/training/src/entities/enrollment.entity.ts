import { EntitySchema } from '@mikro-orm/core';
import type { Course } from './course.entity';

export interface Enrollment {
  id: string;
  /** The household's id in the housing subgraph; no foreign key across services. */
  householdId: string;
  /** The attending adult's member id in the housing subgraph. */
  memberId: string;
  course: Course;
  /**
   * The training provider that enrolled the member, recorded with the enrollment: it owns the
   * enrollment's data, also if the course is handed to another provider.
   */
  providerAgencyId: string;
  status: string;
  attendedSessions: number;
  /** Null until the final exam has been taken. */
  examPassed: boolean | null;
  /** Date of the "Integrationszertifikat Wohnen"; only when completed and passed. */
  certificateIssuedOn: string | null;
}

export const EnrollmentSchema = new EntitySchema<Enrollment>({
  name: 'Enrollment',
  tableName: 'enrollment',
  properties: {
    id: { type: 'uuid', primary: true },
    householdId: { type: 'uuid', index: true },
    memberId: { type: 'uuid' },
    course: { kind: 'm:1', entity: 'Course', index: true },
    providerAgencyId: { type: 'string', length: 64 },
    status: { type: 'string', length: 16 },
    attendedSessions: { type: 'integer' },
    examPassed: { type: 'boolean', nullable: true },
    certificateIssuedOn: { type: 'date', nullable: true },
  },
});
