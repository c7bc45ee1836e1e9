import type { Resolvers } from '../generated/resolvers-types';
import { Household } from './Household';
import { Query } from './Query';
import { SupportCase } from './SupportCase';
import { WelfareProvider } from './WelfareProvider';

export const resolvers: Resolvers = { Query, Household, SupportCase, WelfareProvider };
