import type { Resolvers } from '../generated/resolvers-types';
import { BenefitCase } from './BenefitCase';
import { Household } from './Household';
import { TenancyWarning } from './TenancyWarning';

export const resolvers: Resolvers = { Household, BenefitCase, TenancyWarning };
