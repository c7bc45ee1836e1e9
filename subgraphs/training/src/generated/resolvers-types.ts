import type { GraphQLResolveInfo } from 'graphql';
import type { HouseholdReference as HouseholdReferenceModel } from '@wohnnetz/service-kit';
import type { Enrollment as EnrollmentModel } from '../entities/enrollment.entity';
import type { Course as CourseModel } from '../entities/course.entity';
import type { TrainingContext } from '../context';
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

/**
 * A tenant training course (Mietführerschein) of a training provider: modules on searching for a
 * flat, the tenancy agreement, service charges, heating and neighbourhood, closing with an exam.
 */
export type Course = {
  __typename?: 'Course';
  id: Scalars['ID']['output'];
  /** Language the course is taught in. */
  language: CourseLanguage;
  /** Number of thematic modules. */
  modules: Scalars['Int']['output'];
  municipality: Municipality;
  /** Id of the training provider agency that runs the course. */
  providerAgencyId: Scalars['ID']['output'];
  /** Number of course sessions, the exam session not included. */
  sessions: Scalars['Int']['output'];
  /** ISO 8601 date of the first session. */
  startsOn: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** One page of courses, ordered by start date, then id (at most 100). */
export type CourseConnection = {
  __typename?: 'CourseConnection';
  nodes: Array<Course>;
  pageInfo: PageInfo;
  /** Courses matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Language a course is taught in (ISO 639-1 code). */
export type CourseLanguage =
  | 'AR'
  | 'DE'
  | 'EN'
  | 'FA'
  | 'RU'
  | 'TR'
  | 'UK';

/** One household member's participation in a course. */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** Number of sessions the member attended so far. */
  attendedSessions: Maybe<Scalars['Int']['output']>;
  /**
   * ISO 8601 date on which the certificate "Integrationszertifikat Wohnen" was issued; null unless
   * the course was completed and the exam passed.
   */
  certificateIssuedOn: Maybe<Scalars['String']['output']>;
  course: Course;
  /** Whether the member passed the final exam; null until the exam has been taken. */
  examPassed: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** Id of the attending adult household member (a HouseholdMember id of the housing subgraph). */
  memberId: Scalars['ID']['output'];
  /**
   * The training provider that enrolled the member, which owns the enrollment's data; it stays so
   * if the course is handed to another provider. For an enrollment recorded before the hub kept
   * this, the course's provider when the hub's database was upgraded.
   */
  providerAgencyId: Scalars['ID']['output'];
  status: Maybe<EnrollmentStatus>;
};

/** Where a member stands in a course. */
export type EnrollmentStatus =
  /** Attended the course to its end and took the exam. */
  | 'COMPLETED'
  /** Left the course before its end. */
  | 'DROPPED'
  /** Registered for a course that is running or about to start. */
  | 'ENROLLED';

/** A household in a housing-access programme: owned by the housing office, extended by every other service. */
export type Household = {
  __typename?: 'Household';
  id: Scalars['ID']['output'];
  /**
   * Enrollments of the household's adult members in tenant training courses, newest course first
   * (by the course's startsOn; enrollments in courses that start the same day by id, ascending).
   */
  trainingEnrollments: Maybe<Array<Enrollment>>;
};

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
   * Tenant training courses ordered by start date (those starting the same day by id, ascending),
   * optionally of one municipality and language, page by page.
   */
  courses: CourseConnection;
};


/** Entry points of the Wohnnetz hub. */
export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  language?: InputMaybe<CourseLanguage>;
  municipality?: InputMaybe<Municipality>;
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
  Course: ResolverTypeWrapper<CourseModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CourseConnection: ResolverTypeWrapper<Omit<CourseConnection, 'nodes'> & { nodes: Array<ResolversTypes['Course']> }>;
  CourseLanguage: CourseLanguage;
  Enrollment: ResolverTypeWrapper<EnrollmentModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EnrollmentStatus: EnrollmentStatus;
  Household: ResolverTypeWrapper<HouseholdReferenceModel>;
  Municipality: Municipality;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Course: CourseModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CourseConnection: Omit<CourseConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Course']> };
  Enrollment: EnrollmentModel;
  Boolean: Scalars['Boolean']['output'];
  Household: HouseholdReferenceModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
}>;

export type ConsentDirectiveArgs = {
  category: Scalars['String']['input'];
};

export type ConsentDirectiveResolver<Result, Parent, ContextType = TrainingContext, Args = ConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NoPersonalDataDirectiveArgs = { };

export type NoPersonalDataDirectiveResolver<Result, Parent, ContextType = TrainingContext, Args = NoPersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CourseResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['CourseLanguage'], ParentType, ContextType>;
  modules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  providerAgencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseConnectionResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnrollmentResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = ResolversObject<{
  attendedSessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  certificateIssuedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  examPassed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerAgencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EnrollmentStatus']>, ParentType, ContextType>;
}>;

export type HouseholdResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trainingEnrollments?: Resolver<Maybe<Array<ResolversTypes['Enrollment']>>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, RequireFields<QueryCoursesArgs, 'first'>>;
}>;

export type Resolvers<ContextType = TrainingContext> = ResolversObject<{
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  Enrollment?: EnrollmentResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = TrainingContext> = ResolversObject<{
  consent?: ConsentDirectiveResolver<any, any, ContextType>;
  noPersonalData?: NoPersonalDataDirectiveResolver<any, any, ContextType>;
}>;
