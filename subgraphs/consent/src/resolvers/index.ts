import type { Resolvers } from '../generated/resolvers-types';
import { Agency } from './Agency';
import { ConsentEvent } from './ConsentEvent';
import { ConsentGrant } from './ConsentGrant';
import { Household } from './Household';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RetentionRun } from './RetentionRun';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Household,
  Agency,
  ConsentGrant,
  ConsentEvent,
  RetentionRun,
};
