import { EntitySchema } from '@mikro-orm/core';

export interface Course {
  id: string;
  providerAgencyId: string;
  title: string;
  language: string;
  modules: number;
  sessions: number;
  startsOn: string;
  municipality: string;
}

export const CourseSchema = new EntitySchema<Course>({
  name: 'Course',
  tableName: 'course',
  properties: {
    id: { type: 'uuid', primary: true },
    providerAgencyId: { type: 'string', length: 64 },
    title: { type: 'string', length: 200 },
    language: { type: 'string', length: 8 },
    modules: { type: 'integer' },
    sessions: { type: 'integer' },
    startsOn: { type: 'date' },
    municipality: { type: 'string', length: 32, index: true },
  },
});
