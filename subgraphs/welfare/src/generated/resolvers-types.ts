import type { GraphQLResolveInfo } from 'graphql';
import type { HouseholdReference as HouseholdReferenceModel } from '@wohnnetz/service-kit';
import type { SupportCase as SupportCaseModel } from '../entities/support-case.entity';
import type { WelfareProvider as WelfareProviderModel } from '../entities/welfare-provider.entity';
import type { WelfareContext } from '../context';
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

/** A household in a housing-access programme: owned by the housing office, extended by every other service. */
export type Household = {
  __typename?: 'Household';
  id: Scalars['ID']['output'];
  /**
   * Support cases of welfare providers with this household, newest first (by openedOn; those
   * opened the same day by id, ascending).
   */
  supportCases: Maybe<Array<SupportCase>>;
};

/** The municipalities (kreisfreie Städte and Kreise) taking part in the programme. */
export type Municipality =
  | 'DORTMUND'
  | 'HAGEN'
  | 'KREIS_RECKLINGHAUSEN';

/** Entry points of the Wohnnetz hub. */
export type Query = {
  __typename?: 'Query';
  /**
   * The welfare providers (reference data), optionally of one municipality, ordered by name in
   * Unicode code-point order (the collation "C": upper case before lower case, umlauts after z; the
   * same on every server), then by id.
   */
  welfareProviders: Array<WelfareProvider>;
};


/** Entry points of the Wohnnetz hub. */
export type QueryWelfareProvidersArgs = {
  municipality?: InputMaybe<Municipality>;
};

/**
 * Support that a welfare provider gives a household: outreach, tenancy support (Wohnbegleitung),
 * aftercare (Nachbetreuung) or counselling.
 */
export type SupportCase = {
  __typename?: 'SupportCase';
  /** ISO 8601 date on which the case was closed; null while it is open. */
  closedOn: Maybe<Scalars['String']['output']>;
  /** Health or care needs relevant to the support, e.g. addiction counselling; null when none are recorded. */
  healthNotes: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Maybe<SupportKind>;
  /** ISO 8601 date on which the case was opened. */
  openedOn: Maybe<Scalars['String']['output']>;
  /** Whether a probation officer (Bewährungshilfe) is involved; null when unknown. */
  probationSupervision: Maybe<Scalars['Boolean']['output']>;
  /** The provider that runs the case. */
  provider: WelfareProvider;
  /**
   * The agency of the provider that opened the case, which owns the case's data; it stays so if
   * the case moves to another provider or the provider to another agency. For a case recorded
   * before the hub kept this, its provider's agency when the hub's database was upgraded.
   */
  providerAgencyId: Scalars['ID']['output'];
  status: Maybe<SupportCaseStatus>;
  /** The group whose specialised service looks after the household. */
  targetGroup: Maybe<TargetGroup>;
  /** Outreach or aftercare visits made so far. */
  visitsCount: Maybe<Scalars['Int']['output']>;
};

/** Whether a support case is still open. */
export type SupportCaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** The kind of help a support case gives. */
export type SupportKind =
  /** Support after moving into a new tenancy (Nachbetreuung). */
  | 'AFTERCARE'
  /** Counselling at the provider's office (Beratung). */
  | 'COUNSELLING'
  /** Street and housing outreach (aufsuchende Hilfe). */
  | 'OUTREACH'
  /** Support to keep a tenancy (Wohnbegleitung). */
  | 'TENANCY_SUPPORT';

/** The target group of the provider's service the case belongs to. */
export type TargetGroup =
  | 'FAMILIES'
  /** No specialised service; general housing emergency help. */
  | 'GENERAL'
  | 'REFUGEES'
  | 'SENIORS'
  | 'WOMEN'
  | 'YOUNG_ADULTS';

/** Umbrella associations of independent welfare work (Spitzenverbände der freien Wohlfahrtspflege). */
export type WelfareAssociation =
  /** Arbeiterwohlfahrt. */
  | 'AWO'
  | 'CARITAS'
  | 'DIAKONIE'
  | 'OTHER'
  /** Der Paritätische Wohlfahrtsverband. */
  | 'PARITAETISCHER';

/** A welfare provider (freier Träger) that works with households in one municipality. */
export type WelfareProvider = {
  __typename?: 'WelfareProvider';
  /** Id of the provider in the hub's list of agencies. */
  agencyId: Scalars['ID']['output'];
  /** The umbrella association (Spitzenverband) the provider belongs to. */
  association: WelfareAssociation;
  id: Scalars['ID']['output'];
  municipality: Municipality;
  name: Scalars['String']['output'];
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
  Household: ResolverTypeWrapper<HouseholdReferenceModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Municipality: Municipality;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupportCase: ResolverTypeWrapper<SupportCaseModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  SupportCaseStatus: SupportCaseStatus;
  SupportKind: SupportKind;
  TargetGroup: TargetGroup;
  WelfareAssociation: WelfareAssociation;
  WelfareProvider: ResolverTypeWrapper<WelfareProviderModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Household: HouseholdReferenceModel;
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  SupportCase: SupportCaseModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  WelfareProvider: WelfareProviderModel;
  String: Scalars['String']['output'];
}>;

export type ConsentDirectiveArgs = {
  category: Scalars['String']['input'];
};

export type ConsentDirectiveResolver<Result, Parent, ContextType = WelfareContext, Args = ConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NoPersonalDataDirectiveArgs = { };

export type NoPersonalDataDirectiveResolver<Result, Parent, ContextType = WelfareContext, Args = NoPersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type HouseholdResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supportCases?: Resolver<Maybe<Array<ResolversTypes['SupportCase']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  welfareProviders?: Resolver<Array<ResolversTypes['WelfareProvider']>, ParentType, ContextType, Partial<QueryWelfareProvidersArgs>>;
}>;

export type SupportCaseResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['SupportCase'] = ResolversParentTypes['SupportCase']> = ResolversObject<{
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  healthNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['SupportKind']>, ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  probationSupervision?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['WelfareProvider'], ParentType, ContextType>;
  providerAgencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['SupportCaseStatus']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  visitsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WelfareProviderResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['WelfareProvider'] = ResolversParentTypes['WelfareProvider']> = ResolversObject<{
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  association?: Resolver<ResolversTypes['WelfareAssociation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WelfareContext> = ResolversObject<{
  Household?: HouseholdResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportCase?: SupportCaseResolvers<ContextType>;
  WelfareProvider?: WelfareProviderResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = WelfareContext> = ResolversObject<{
  consent?: ConsentDirectiveResolver<any, any, ContextType>;
  noPersonalData?: NoPersonalDataDirectiveResolver<any, any, ContextType>;
}>;
