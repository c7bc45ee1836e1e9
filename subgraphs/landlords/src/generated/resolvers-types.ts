import type { GraphQLResolveInfo } from 'graphql';
import type { HouseholdReference as HouseholdReferenceModel } from '@wohnnetz/service-kit';
import type { Tenancy as TenancyModel } from '../entities/tenancy.entity';
import type { HousingUnit as HousingUnitModel } from '../entities/housing-unit.entity';
import type { Landlord as LandlordModel } from '../entities/landlord.entity';
import type { LandlordsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/** A household in a housing-access programme: owned by the housing office, extended by every other service. */
export type Household = {
  __typename?: 'Household';
  id: Scalars['ID']['output'];
  /**
   * The household's current tenancy, as of the request's day (Europe/Berlin): the one in force (the
   * latest begun, where a move makes two overlap); where none is, the next one to begin; else the
   * latest begun of those that ended (one cancelled before it began only where none began). Of
   * several that begin the same day, the one with the lowest id. Null when the household has none.
   */
  tenancy: Maybe<Tenancy>;
};

/** A flat in the landlord register. */
export type HousingUnit = {
  __typename?: 'HousingUnit';
  city: Scalars['String']['output'];
  /** Living space in square metres. */
  floorAreaSqm: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  landlord: Landlord;
  postalCode: Scalars['String']['output'];
  /** Flagged by the municipality as a problem property (Problemimmobilie: neglect, defects, overcrowding). */
  problemProperty: Scalars['Boolean']['output'];
  rooms: Scalars['Int']['output'];
  /** Street and house number. */
  street: Scalars['String']['output'];
  /**
   * ISO 8601 date since which the unit is vacant, as its landlord recorded it; null while it is let.
   * A unit is listed as vacant (`vacantUnits`) only from that day on and while no tenancy of it is
   * in force.
   */
  vacantSince: Maybe<Scalars['String']['output']>;
};

/** One page of vacant housing units, longest vacant first, then by id (at most 100). */
export type HousingUnitConnection = {
  __typename?: 'HousingUnitConnection';
  nodes: Array<HousingUnit>;
  pageInfo: PageInfo;
  /** Units matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A landlord taking part in the programme's landlord register. */
export type Landlord = {
  __typename?: 'Landlord';
  /** Id of the landlord's agency in the consent register. */
  agencyId: Scalars['ID']['output'];
  /** Whether the landlord has signed the programme's cooperation agreement (Kooperationsvereinbarung). */
  cooperationAgreement: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: LandlordKind;
  /** The municipality in which the landlord's units lie. */
  municipality: Municipality;
  name: Scalars['String']['output'];
};

/** The legal form of a landlord. */
export type LandlordKind =
  /** Housing cooperative (Wohnungsgenossenschaft). */
  | 'COOPERATIVE'
  /** Municipal housing company. */
  | 'MUNICIPAL_COMPANY'
  | 'PRIVATE_COMPANY'
  | 'PRIVATE_PERSON';

/** The municipalities (kreisfreie Städte and Kreise) taking part in the programme. */
export type Municipality =
  | 'DORTMUND'
  | 'HAGEN'
  | 'KREIS_RECKLINGHAUSEN';

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Entry points of the Wohnnetz hub. */
export type Query = {
  __typename?: 'Query';
  /**
   * Housing units vacant on the request's day (Europe/Berlin), longest vacant first (by
   * vacantSince; those vacant since the same day by id, ascending), optionally of one
   * municipality, page by page. A unit is vacant from its vacantSince on, and not while a tenancy
   * of it is in force (begun and not ended), whatever its vacantSince says: a vacancy recorded
   * ahead of a tenant's leaving is listed only from that day, a unit let again not while its
   * tenancy runs, so that no list tells of the tenancy of a household living there.
   */
  vacantUnits: HousingUnitConnection;
};


/** Entry points of the Wohnnetz hub. */
export type QueryVacantUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  municipality?: InputMaybe<Municipality>;
};

/** A rental contract between a landlord and a household for one housing unit. */
export type Tenancy = {
  __typename?: 'Tenancy';
  /** ISO 8601 date on which the tenancy ends or ended; null while it runs without notice. */
  endsOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /**
   * The agency of the landlord that let the unit (an agency of kind LANDLORD), which owns the
   * tenancy's data. After a sale the unit's landlord (`unit.landlord`) is its new owner; this stays
   * the landlord of this tenancy. For a tenancy recorded before the hub kept this, the unit's
   * landlord when the hub's database was upgraded.
   */
  landlordAgencyId: Scalars['ID']['output'];
  /** Monthly rent including service charges (Warmmiete), in euro cents. */
  monthlyRentCents: Maybe<Scalars['Int']['output']>;
  /** ISO 8601 date on which the tenancy began. */
  startsOn: Maybe<Scalars['String']['output']>;
  /** Where the tenancy stands on the request's day (Europe/Berlin). */
  status: Maybe<TenancyStatus>;
  /** The rented housing unit. */
  unit: HousingUnit;
};

/** Where a tenancy stands. */
export type TenancyStatus =
  /** Running, no notice given (a fixed term ends on `endsOn`). */
  | 'ACTIVE'
  /** Over: recorded as ended, or `endsOn` has passed. */
  | 'ENDED'
  /** Notice given; the tenancy still runs until `endsOn`, that day included. */
  | 'TERMINATED'
  /** Agreed, not begun: it begins on `startsOn`. */
  | 'UPCOMING';

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
  HousingUnit: ResolverTypeWrapper<HousingUnitModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  HousingUnitConnection: ResolverTypeWrapper<Omit<HousingUnitConnection, 'nodes'> & { nodes: Array<ResolversTypes['HousingUnit']> }>;
  Landlord: ResolverTypeWrapper<LandlordModel>;
  LandlordKind: LandlordKind;
  Municipality: Municipality;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tenancy: ResolverTypeWrapper<TenancyModel>;
  TenancyStatus: TenancyStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Household: HouseholdReferenceModel;
  ID: Scalars['ID']['output'];
  HousingUnit: HousingUnitModel;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  HousingUnitConnection: Omit<HousingUnitConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['HousingUnit']> };
  Landlord: LandlordModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Tenancy: TenancyModel;
  String: Scalars['String']['output'];
}>;

export type ConsentDirectiveArgs = {
  category: Scalars['String']['input'];
};

export type ConsentDirectiveResolver<Result, Parent, ContextType = LandlordsContext, Args = ConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NoPersonalDataDirectiveArgs = { };

export type NoPersonalDataDirectiveResolver<Result, Parent, ContextType = LandlordsContext, Args = NoPersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type HouseholdResolvers<ContextType = LandlordsContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tenancy?: Resolver<Maybe<ResolversTypes['Tenancy']>, ParentType, ContextType>;
}>;

export type HousingUnitResolvers<ContextType = LandlordsContext, ParentType extends ResolversParentTypes['HousingUnit'] = ResolversParentTypes['HousingUnit']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  floorAreaSqm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  landlord?: Resolver<ResolversTypes['Landlord'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problemProperty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rooms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vacantSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HousingUnitConnectionResolvers<ContextType = LandlordsContext, ParentType extends ResolversParentTypes['HousingUnitConnection'] = ResolversParentTypes['HousingUnitConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HousingUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LandlordResolvers<ContextType = LandlordsContext, ParentType extends ResolversParentTypes['Landlord'] = ResolversParentTypes['Landlord']> = ResolversObject<{
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cooperationAgreement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LandlordKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = LandlordsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LandlordsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  vacantUnits?: Resolver<ResolversTypes['HousingUnitConnection'], ParentType, ContextType, RequireFields<QueryVacantUnitsArgs, 'first'>>;
}>;

export type TenancyResolvers<ContextType = LandlordsContext, ParentType extends ResolversParentTypes['Tenancy'] = ResolversParentTypes['Tenancy']> = ResolversObject<{
  endsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  landlordAgencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyRentCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TenancyStatus']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['HousingUnit'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LandlordsContext> = ResolversObject<{
  Household?: HouseholdResolvers<ContextType>;
  HousingUnit?: HousingUnitResolvers<ContextType>;
  HousingUnitConnection?: HousingUnitConnectionResolvers<ContextType>;
  Landlord?: LandlordResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Tenancy?: TenancyResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = LandlordsContext> = ResolversObject<{
  consent?: ConsentDirectiveResolver<any, any, ContextType>;
  noPersonalData?: NoPersonalDataDirectiveResolver<any, any, ContextType>;
}>;
