import type { Resolvers } from '../generated/resolvers-types';
import { Household } from './Household';
import { HousingUnit } from './HousingUnit';
import { Landlord } from './Landlord';
import { Query } from './Query';
import { Tenancy } from './Tenancy';

export const resolvers: Resolvers = { Query, Household, Tenancy, HousingUnit, Landlord };
