import type { GraphQLResolveInfo } from 'graphql';
import type { HouseholdReference as HouseholdReferenceModel } from '@wohnnetz/service-kit';
import type { Agency as AgencyModel } from '../entities/agency.entity';
import type { ConsentGrant as ConsentGrantModel } from '../entities/consent-grant.entity';
import type { ConsentContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An agency taking part in the programme: its users query the hub on its behalf. */
export type Agency = {
  __typename?: 'Agency';
  /** Stable identifier, e.g. housing-dortmund. */
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  municipality: Municipality;
  name: Scalars['String']['output'];
};

/** The kinds of agency taking part; the consent policy is written per kind. */
export type AgencyKind =
  | 'HOUSING_OFFICE'
  | 'JOBCENTER'
  | 'LANDLORD'
  | 'TRAINING_PROVIDER'
  | 'WELFARE_PROVIDER';

/** How the consent was given (§ 67b (2) SGB X: written or electronic). */
export type ConsentForm =
  | 'ELECTRONIC'
  | 'WRITTEN';

/** A household's consent that an agency may receive some categories of its data for some purposes. */
export type ConsentGrant = {
  __typename?: 'ConsentGrant';
  categories: Array<DataCategory>;
  /** Reference of the signed form or electronic record. */
  documentReference: Scalars['String']['output'];
  form: ConsentForm;
  /** Name of the person who gave the consent (a member of the household). */
  grantorName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 639-1 code of the language of the information sheet. */
  informationLanguage: Scalars['String']['output'];
  /** What the person was informed of before consenting. */
  informedOf: Array<InformationItem>;
  purposes: Array<Purpose>;
  /** The agency the data may be released to, when the consent names one agency. */
  recipientAgency: Maybe<Agency>;
  /** The kind of agency the data may be released to, when the consent names a kind. */
  recipientAgencyKind: Maybe<AgencyKind>;
  /** ISO 8601 instant at which the consent was recorded. */
  recordedAt: Scalars['String']['output'];
  /** Name of the representative who gave the consent on the person's behalf, if any. */
  representativeName: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant from which the consent applies. */
  validFrom: Scalars['String']['output'];
  /** ISO 8601 instant until which the consent applies; null when it applies until withdrawn. */
  validUntil: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant at which the consent was withdrawn, if it was. */
  withdrawnAt: Maybe<Scalars['String']['output']>;
};

/** Categories of personal data; each guarded field belongs to one. */
export type DataCategory =
  | 'CONTACT'
  | 'CRIMINAL_RECORD'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSEHOLD_COMPOSITION'
  | 'HOUSING_SITUATION'
  | 'IDENTITY'
  | 'INCOME_BENEFITS'
  | 'RENT_ARREARS'
  | 'RESIDENCE_STATUS'
  | 'SUPPORT_NOTES'
  | 'TENANCY'
  | 'TRAINING_RESULTS';

/** A household in a housing-access programme: owned by the housing office, extended by every other service. */
export type Household = {
  __typename?: 'Household';
  /** Every consent the household has given, newest first, including withdrawn and expired ones. */
  consents: Array<ConsentGrant>;
  id: Scalars['ID']['output'];
};

/** Facts a person must be told before consenting (§ 67b (2) SGB X, GDPR Art. 7 and 13). */
export type InformationItem =
  | 'CONSEQUENCES_OF_REFUSAL'
  | 'PURPOSE'
  | 'RECIPIENTS'
  | 'RIGHT_TO_WITHDRAW'
  | 'STORAGE_PERIOD';

/** The municipalities (kreisfreie Städte and Kreise) taking part in the programme. */
export type Municipality =
  | 'DORTMUND'
  | 'HAGEN'
  | 'KREIS_RECKLINGHAUSEN';

/** Purposes an agency may declare for a request. */
export type Purpose =
  | 'BENEFIT_ADMINISTRATION'
  | 'CASE_COORDINATION'
  | 'EVICTION_PREVENTION'
  | 'HOUSING_PLACEMENT'
  | 'TENANCY_SUPPORT'
  | 'TRAINING';

/** Entry points of the Wohnnetz hub. */
export type Query = {
  __typename?: 'Query';
  /** The participating agencies, optionally of one kind or municipality. */
  agencies: Array<Agency>;
  /** One agency by its id, or null. */
  agency: Maybe<Agency>;
};


/** Entry points of the Wohnnetz hub. */
export type QueryAgenciesArgs = {
  kind?: InputMaybe<AgencyKind>;
  municipality?: InputMaybe<Municipality>;
};


/** Entry points of the Wohnnetz hub. */
export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};

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
  Agency: ResolverTypeWrapper<AgencyModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AgencyKind: AgencyKind;
  ConsentForm: ConsentForm;
  ConsentGrant: ResolverTypeWrapper<ConsentGrantModel>;
  DataCategory: DataCategory;
  Household: ResolverTypeWrapper<HouseholdReferenceModel>;
  InformationItem: InformationItem;
  Municipality: Municipality;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agency: AgencyModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ConsentGrant: ConsentGrantModel;
  Household: HouseholdReferenceModel;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
}>;

export type AgencyResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentGrantResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentGrant'] = ResolversParentTypes['ConsentGrant']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  documentReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ConsentForm'], ParentType, ContextType>;
  grantorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationLanguage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  informedOf?: Resolver<Array<ResolversTypes['InformationItem']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['Purpose']>, ParentType, ContextType>;
  recipientAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  recipientAgencyKind?: Resolver<Maybe<ResolversTypes['AgencyKind']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  representativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HouseholdResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['ConsentGrant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<QueryAgenciesArgs>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
}>;

export type Resolvers<ContextType = ConsentContext> = ResolversObject<{
  Agency?: AgencyResolvers<ContextType>;
  ConsentGrant?: ConsentGrantResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

