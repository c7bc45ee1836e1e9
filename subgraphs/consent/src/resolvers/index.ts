import type { Resolvers } from '../generated/resolvers-types';
import { Agency } from './Agency';
import { ConsentGrant } from './ConsentGrant';
import { Household } from './Household';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Household, Agency, ConsentGrant };
