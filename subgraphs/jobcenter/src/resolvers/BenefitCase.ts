import type {
  BenefitCaseResolvers,
  BenefitCaseStatus,
  BenefitType,
} from '../generated/resolvers-types';

export const BenefitCase: BenefitCaseResolvers = {
  benefitType: (benefitCase) => benefitCase.benefitType as BenefitType,
  status: (benefitCase) => benefitCase.status as BenefitCaseStatus,
};
