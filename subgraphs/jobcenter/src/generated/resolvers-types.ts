import type { GraphQLResolveInfo } from 'graphql';
import type { HouseholdReference as HouseholdReferenceModel } from '@wohnnetz/service-kit';
import type { BenefitCase as BenefitCaseModel } from '../entities/benefit-case.entity';
import type { TenancyWarning as TenancyWarningModel } from '../entities/tenancy-warning.entity';
import type { JobcenterContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A household's case of means-tested benefits, as known to the Jobcenter liaison. */
export type BenefitCase = {
  __typename?: 'BenefitCase';
  benefitType: Maybe<BenefitType>;
  /** Whether the rent is paid directly to the landlord (§ 22 (7) SGB II). */
  directRentPayment: Maybe<Scalars['Boolean']['output']>;
  /** Ceiling of reasonable housing costs (Angemessenheitsgrenze) in euro cents per month. */
  housingCostCeilingCents: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /**
   * Id of the Jobcenter that keeps the case (an agency of kind JOBCENTER in the hub's list of
   * agencies). It owns the household's data here if it also received all of the household's
   * tenancy warnings and no other Jobcenter keeps one of its cases.
   */
  jobcenterAgencyId: Scalars['ID']['output'];
  /** ISO 8601 date from which the case has this status. */
  since: Maybe<Scalars['String']['output']>;
  status: Maybe<BenefitCaseStatus>;
};

/** Where a benefit case stands. */
export type BenefitCaseStatus =
  | 'ACTIVE'
  | 'ENDED'
  /** Payments are suspended, e.g. pending documents. */
  | 'SUSPENDED';

/** The kind of means-tested benefit a case is about. */
export type BenefitType =
  /** Basic income support for jobseekers (Bürgergeld, SGB II). */
  | 'SGB_II'
  /** Social assistance (Sozialhilfe, SGB XII). */
  | 'SGB_XII'
  /** Housing allowance (Wohngeldgesetz). */
  | 'WOHNGELD';

/** A household in a housing-access programme: owned by the housing office, extended by every other service. */
export type Household = {
  __typename?: 'Household';
  /**
   * The household's current benefit case: of its cases not ended, the one whose status changed
   * last (`since`); where all have ended, the one that ended last. Of several from the same day,
   * the one with the lowest id. Null when none is known.
   */
  benefitCase: Maybe<BenefitCase>;
  id: Scalars['ID']['output'];
  /**
   * Early warnings that the household's tenancy is threatened, newest first (by receivedOn;
   * those received the same day by id, ascending).
   */
  tenancyWarnings: Maybe<Array<TenancyWarning>>;
};

/**
 * An early warning that a household's tenancy is threatened, e.g. a court's notice of an eviction
 * suit (§ 22 (9) SGB II).
 */
export type TenancyWarning = {
  __typename?: 'TenancyWarning';
  /** Rent arrears stated in the warning, in euro cents; null when none were stated. */
  arrearsCents: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: Maybe<TenancyWarningKind>;
  /**
   * The Jobcenter that received the warning and recorded it; "unknown" for a warning recorded
   * before the receiver was, where the household's benefit cases did not name one Jobcenter.
   */
  receivedByAgencyId: Scalars['ID']['output'];
  /** ISO 8601 date on which the warning was received. */
  receivedOn: Maybe<Scalars['String']['output']>;
  source: Maybe<TenancyWarningSource>;
};

/** How far the threat to a tenancy has gone: arrears, then notice, then an eviction suit. */
export type TenancyWarningKind =
  /** An eviction suit (Räumungsklage) was filed. */
  | 'EVICTION_SUIT'
  /** The landlord gave notice to terminate the tenancy. */
  | 'NOTICE_OF_TERMINATION'
  | 'RENT_ARREARS';

/** Who reported the warning. */
export type TenancyWarningSource =
  | 'COURT'
  | 'HOUSEHOLD'
  | 'LANDLORD';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Household: Household;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BenefitCase: ResolverTypeWrapper<BenefitCaseModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BenefitCaseStatus: BenefitCaseStatus;
  BenefitType: BenefitType;
  Household: ResolverTypeWrapper<HouseholdReferenceModel>;
  TenancyWarning: ResolverTypeWrapper<TenancyWarningModel>;
  TenancyWarningKind: TenancyWarningKind;
  TenancyWarningSource: TenancyWarningSource;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BenefitCase: BenefitCaseModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Household: HouseholdReferenceModel;
  TenancyWarning: TenancyWarningModel;
  String: Scalars['String']['output'];
}>;

export type ConsentDirectiveArgs = {
  category: Scalars['String']['input'];
};

export type ConsentDirectiveResolver<Result, Parent, ContextType = JobcenterContext, Args = ConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NoPersonalDataDirectiveArgs = { };

export type NoPersonalDataDirectiveResolver<Result, Parent, ContextType = JobcenterContext, Args = NoPersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BenefitCaseResolvers<ContextType = JobcenterContext, ParentType extends ResolversParentTypes['BenefitCase'] = ResolversParentTypes['BenefitCase']> = ResolversObject<{
  benefitType?: Resolver<Maybe<ResolversTypes['BenefitType']>, ParentType, ContextType>;
  directRentPayment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  housingCostCeilingCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobcenterAgencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['BenefitCaseStatus']>, ParentType, ContextType>;
}>;

export type HouseholdResolvers<ContextType = JobcenterContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefitCase?: Resolver<Maybe<ResolversTypes['BenefitCase']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tenancyWarnings?: Resolver<Maybe<Array<ResolversTypes['TenancyWarning']>>, ParentType, ContextType>;
}>;

export type TenancyWarningResolvers<ContextType = JobcenterContext, ParentType extends ResolversParentTypes['TenancyWarning'] = ResolversParentTypes['TenancyWarning']> = ResolversObject<{
  arrearsCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['TenancyWarningKind']>, ParentType, ContextType>;
  receivedByAgencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['TenancyWarningSource']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = JobcenterContext> = ResolversObject<{
  BenefitCase?: BenefitCaseResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  TenancyWarning?: TenancyWarningResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = JobcenterContext> = ResolversObject<{
  consent?: ConsentDirectiveResolver<any, any, ContextType>;
  noPersonalData?: NoPersonalDataDirectiveResolver<any, any, ContextType>;
}>;
