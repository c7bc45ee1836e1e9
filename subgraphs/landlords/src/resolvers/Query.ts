import type { FilterQuery } from '@mikro-orm/core';
import { datedConnection, listOf } from '@wohnnetz/service-kit';
import { HousingUnitSchema, type HousingUnit } from '../entities/housing-unit.entity';
import type { QueryResolvers } from '../generated/resolvers-types';
import { unitsLetOn } from '../tenancy-dates';

export const Query: QueryResolvers = {
  // Longest vacant first: by the day a unit fell vacant. Only units vacant on the request's day
  // are listed: none whose vacancy is recorded ahead (the day after a tenant's notice ends, say)
  // and none with a tenancy in force that day, whatever its vacancy says: either would tell every
  // user of the hub about the tenancy of the household that lives there, unguarded.
  vacantUnits: (_parent, { municipality, first, after }, { em, today }) => {
    const vacant: FilterQuery<HousingUnit> = {
      vacantSince: { $ne: null, $lte: today },
      // A subquery: MikroORM takes one (a knex query) where it types only lists of values.
      id: { $nin: unitsLetOn(em, today) as never },
    };
    const scope: FilterQuery<HousingUnit> = municipality
      ? { $and: [vacant, { landlord: { municipality } }] }
      : vacant;
    return datedConnection(em, HousingUnitSchema, scope, 'vacantSince', {
      list: listOf('vacantUnits', municipality),
      first,
      after,
    });
  },
};
