import type { GraphQLResolveInfo } from 'graphql';
import type { HouseholdReference as HouseholdReferenceModel } from '@wohnnetz/service-kit';
import type { Agency as AgencyModel } from '../entities/agency.entity';
import type { ConsentGrant as ConsentGrantModel } from '../entities/consent-grant.entity';
import type { RetentionRun as RetentionRunModel } from '../entities/retention-run.entity';
import type { ConsentContext } from '../context';
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

/** Why a guarded field was released to a foreign agency, or why not. */
export type AccessBasis =
  /** Released under an active consent of the household. */
  | 'CONSENT'
  /** Never released to this agency: the policy forbids it, or no consent could release it (a category or purpose not consentable) and no rule gives a basis. */
  | 'NEVER'
  /** Not released: the consent registry does not count the asking agency as taking part in the programme (not registered, registered as another kind than its token names, or left); the reference says which. */
  | 'NOT_TAKING_PART'
  /** Not released: no active consent covers it. */
  | 'NO_CONSENT'
  /** Released on a legal basis the consent policy names. */
  | 'STATUTORY';

/** One page of the access log, newest first. */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  nodes: Array<AccessLogEntry>;
  pageInfo: AccessLogPageInfo;
  /** Entries matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * A decision on a guarded field of a household asked for by a foreign agency: whether the field was
 * released, and on which basis.
 */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** The agency user who asked; only for an officer of the agency that asked, null otherwise. */
  actor: Maybe<Scalars['String']['output']>;
  /** The agency that asked. */
  agencyId: Scalars['ID']['output'];
  agencyKind: AgencyKind;
  /** ISO 8601 instant of the decision. */
  at: Scalars['String']['output'];
  basis: AccessBasis;
  category: DataCategory;
  /** Schema coordinate of the guarded field, e.g. Household.benefitCase. */
  field: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /**
   * The officer's own agency where it recorded all of the household's data decided about in the
   * subgraph (its sole owner); empty otherwise — whose client a household is stays with its owner.
   */
  ownerAgencyIds: Array<Scalars['ID']['output']>;
  /** The purpose the request declared. */
  purpose: Purpose;
  /** The paragraph (STATUTORY), the consent grant id (CONSENT), the policy's reason (NEVER) or why the agency does not take part (NOT_TAKING_PART). */
  reference: Maybe<Scalars['String']['output']>;
  released: Scalars['Boolean']['output'];
  /** The gateway's request id, shared by the entries of one request. */
  requestId: Scalars['String']['output'];
  /** The subgraph that holds the field. */
  subgraph: Scalars['String']['output'];
};

/** Where a page of the access log ends and whether another follows. */
export type AccessLogPageInfo = {
  __typename?: 'AccessLogPageInfo';
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An agency taking part in the programme: its users query the hub on its behalf. */
export type Agency = {
  __typename?: 'Agency';
  /** Stable identifier, e.g. housing-dortmund. */
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  /** The day it left the programme (ISO 8601, YYYY-MM-DD), if it has: from that day on (Europe/Berlin) no new consent may name it, nor one that would apply only from then. */
  leftOn: Maybe<Scalars['String']['output']>;
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

/** An event in the history of a consent. Events are only ever added, never changed or deleted. */
export type ConsentEvent = {
  __typename?: 'ConsentEvent';
  /**
   * The agency user who recorded the event, when that is a user of the asking agency; null for
   * another agency's staff and for an expiry, which no one records.
   */
  actor: Maybe<Scalars['String']['output']>;
  /** That user's agency, when it takes part in the programme. */
  agency: Maybe<Agency>;
  /** The id of that user's agency; null for an expiry. */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** ISO 8601 instant of the event. */
  at: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ConsentEventKind;
  /** Why the consent was withdrawn, when a reason was given. */
  reason: Maybe<Scalars['String']['output']>;
};

/** What happened to a consent. */
export type ConsentEventKind =
  /**
   * validUntil passed: the consent no longer applies. Follows from validUntil; no one records it.
   * Dated at validUntil, or at the recording for a consent recorded after it had run out.
   */
  | 'EXPIRED'
  /** The consent was given and recorded. */
  | 'GIVEN'
  /** The consent was withdrawn. */
  | 'WITHDRAWN';

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
  /** The household member who gave the consent (a HouseholdMember id), where it was recorded: identity data like the name. */
  grantorMemberId: Maybe<Scalars['ID']['output']>;
  /**
   * Name of the person who gave the consent (a member of the household): identity data, released
   * like the members' names, not with the consent record.
   */
  grantorName: Maybe<Scalars['String']['output']>;
  /**
   * What happened to the consent, oldest first: given, then withdrawn or expired (at validUntil)
   * once it was. Never shortened.
   */
  history: Array<ConsentEvent>;
  /**
   * The household that gave the consent. Null, beside a NOT_FOUND error, where the housing office
   * holds no household of this id: the registry keeps no household data of its own and cannot check
   * the id when the consent is recorded (withdraw a consent recorded for a mistyped id).
   */
  household: Maybe<Household>;
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
  /** The agency of the user who recorded the consent. */
  recordedByAgency: Maybe<Agency>;
  /** Name of the representative who gave the consent on the person's behalf, if any (identity data). */
  representativeName: Maybe<Scalars['String']['output']>;
  /** Where the consent stands now, at the time of the request. */
  state: ConsentState;
  /** ISO 8601 instant from which the consent applies. */
  validFrom: Scalars['String']['output'];
  /** ISO 8601 instant until which the consent applies; null when it applies until withdrawn. */
  validUntil: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant at which the consent was withdrawn, if it was. */
  withdrawnAt: Maybe<Scalars['String']['output']>;
};

/**
 * One page of consents, newest first: those an agency recorded (recordedConsents), or those of a
 * household that concern the asking agency (Household.consents).
 */
export type ConsentGrantConnection = {
  __typename?: 'ConsentGrantConnection';
  nodes: Array<ConsentGrant>;
  pageInfo: PageInfo;
  /** The consents of the list on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where a consent stands at a given moment. */
export type ConsentState =
  /** validUntil has passed; no longer applies. */
  | 'EXPIRED'
  /** Applies now: from validFrom (inclusive) until validUntil (exclusive), and not withdrawn. */
  | 'GIVEN'
  /** Recorded, but it applies only from validFrom, which is still to come. */
  | 'PENDING'
  /** Withdrawn (GDPR Art. 7 (3)); no longer applies. */
  | 'WITHDRAWN';

/** Categories of personal data; each guarded field belongs to one. */
export type DataCategory =
  | 'ACCESS_LOG'
  | 'CONSENT_RECORDS'
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
  /**
   * One of those consents by its id (an access-log entry's reference, a CONFLICT's consentId),
   * decided like consents; null where it is not one of them, whether or not it exists.
   */
  consent: Maybe<ConsentGrant>;
  /**
   * The consents the household has given that concern the asking agency — those it recorded and
   * those naming it or its kind as recipient —, newest first (by recordedAt; those recorded at the
   * same instant, as by one request, by id, descending), page by page (at most 100 per page),
   * including withdrawn and expired ones. Released or withheld as a whole, decided on all of them,
   * not on the page.
   */
  consents: Maybe<ConsentGrantConnection>;
  id: Scalars['ID']['output'];
};


/** A household in a housing-access programme: owned by the housing office, extended by every other service. */
export type HouseholdConsentArgs = {
  id: Scalars['ID']['input'];
};


/** A household in a housing-access programme: owned by the housing office, extended by every other service. */
export type HouseholdConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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

/** Changes to the consent registry. Only case workers may make them; none deletes anything. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a consent a household has given (in writing or electronically, § 67b (2) SGB X).
   * The consent applies from validFrom (default: now) until validUntil or its withdrawal.
   * Null, beside an error, when it was not recorded: of several mutations in one operation, each
   * succeeds or fails on its own, and the others' results are answered. A consent the caller's
   * agency has recorded already and not withdrawn (same household, grantor and representative,
   * recipient, categories, purposes, validity and document reference; without validFrom, one that also applies from its
   * recording) is not recorded twice: CONFLICT, with its id in extensions.consentId (a retry after
   * a lost answer finds it so).
   */
  recordConsent: Maybe<ConsentGrant>;
  /**
   * Records the withdrawal of a consent (GDPR Art. 7 (3)): it no longer applies from now on. The
   * consent and its history are kept. A consent that was already withdrawn or has expired cannot
   * be withdrawn. It is withdrawn by the agency that recorded it or the agency it names: an agency
   * of the kind it names is FORBIDDEN, any other NOT_FOUND, as for an unknown id. An agency the
   * registry does not count as taking part (not registered, of another kind than its token names,
   * or left) withdraws only the consents it recorded itself: FORBIDDEN otherwise. Null, beside an
   * error, when it was not withdrawn.
   */
  withdrawConsent: Maybe<ConsentGrant>;
};


/** Changes to the consent registry. Only case workers may make them; none deletes anything. */
export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


/** Changes to the consent registry. Only case workers may make them; none deletes anything. */
export type MutationWithdrawConsentArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Purposes an agency may declare for a request. */
export type Purpose =
  | 'BENEFIT_ADMINISTRATION'
  | 'CASE_COORDINATION'
  /** Supervision by a data-protection officer; never a purpose a household consents to. */
  | 'DATA_PROTECTION_SUPERVISION'
  | 'EVICTION_PREVENTION'
  | 'HOUSING_PLACEMENT'
  | 'TENANCY_SUPPORT'
  | 'TRAINING';

/** Entry points of the Wohnnetz hub. */
export type Query = {
  __typename?: 'Query';
  /**
   * The access log, newest first (by at; entries of the same instant in a fixed order that paging
   * keeps), page by page (at most 100 per page), optionally of one household,
   * one requesting agency, one gateway request (its X-Request-Id) or a time range (decisions made
   * at or after `from` and before `until`, ISO 8601 instants). Only for a data-protection
   * officer declaring DATA_PROTECTION_SUPERVISION, and only the decisions about access their own
   * agency asked for, and the releases of data their agency owns (ownerAgencyIds): never another
   * agency's refused requests or other dealings.
   */
  accessLog: AccessLogConnection;
  /**
   * The participating agencies, optionally of one kind or municipality, ordered by id in Unicode
   * code-point order (the collation "C": the same on every server).
   */
  agencies: Array<Agency>;
  /** One agency by its id, or null. */
  agency: Maybe<Agency>;
  /**
   * The consents the asking agency recorded, newest first (by recordedAt, then id, both
   * descending), page by page
   * (at most 100 per page), withdrawn and expired ones included: for its data-protection officer
   * declaring DATA_PROTECTION_SUPERVISION, to audit them. Consents other agencies recorded are
   * read household by household (Household.consents).
   */
  recordedConsents: ConsentGrantConnection;
  /**
   * The runs of the programme's retention (not its checks; one that found nothing to delete
   * too), what they deleted from the registry (the access log's old records, consents that ended
   * long ago), newest first (by at, then id, both descending), page by page (at most 100 per
   * page): when,
   * by which database role, before which instants and how much. For a data-protection officer
   * declaring DATA_PROTECTION_SUPERVISION; the same for every agency's officer (no personal data).
   */
  retentionRuns: RetentionRunConnection;
};


/** Entry points of the Wohnnetz hub. */
export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  requestId?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
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


/** Entry points of the Wohnnetz hub. */
export type QueryRecordedConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Entry points of the Wohnnetz hub. */
export type QueryRetentionRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A consent as the household gave it. Exactly one of recipientAgencyId and recipientAgencyKind. */
export type RecordConsentInput = {
  /** The categories of data the consent covers (at least one, no duplicates). */
  categories: Array<DataCategory>;
  /** Reference of the signed form or electronic record. */
  documentReference: Scalars['String']['input'];
  form: ConsentForm;
  /**
   * The household member who gives it (a HouseholdMember id, a UUID), when known. Kept as given: the
   * members belong to the housing office, so the registry cannot check that the household has one.
   */
  grantorMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** Name of the person who gives the consent. */
  grantorName: Scalars['String']['input'];
  /** The household that gives the consent. */
  householdId: Scalars['ID']['input'];
  /** ISO 639-1 code (two lower-case letters) of the language of the information sheet. */
  informationLanguage: Scalars['String']['input'];
  /** What the person was informed of: at least PURPOSE, CONSEQUENCES_OF_REFUSAL and RIGHT_TO_WITHDRAW. */
  informedOf: Array<InformationItem>;
  /** The purposes the consent covers (at least one, no duplicates). */
  purposes: Array<Purpose>;
  /** The one agency the data may be released to (an Agency id). */
  recipientAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of agency the data may be released to. */
  recipientAgencyKind?: InputMaybe<AgencyKind>;
  /** Name of the representative who gives it on the person's behalf, if any. */
  representativeName?: InputMaybe<Scalars['String']['input']>;
  /**
   * ISO 8601 instant with offset (1900 to 9999 in UTC, at most milliseconds) from which the consent
   * applies; default: now.
   */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /**
   * ISO 8601 instant with offset (1900 to 9999 in UTC, at most milliseconds) until which the consent
   * applies (exclusive); none: until withdrawn.
   */
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** A run of the programme's retention (pnpm -s retention, not --check) and what it deleted from the registry. */
export type RetentionRun = {
  __typename?: 'RetentionRun';
  /** The access log's records made before this instant were deleted (null: not in this run). */
  accessLogBefore: Maybe<Scalars['String']['output']>;
  /** How many decisions those records held. */
  accessLogDecisions: Maybe<Scalars['Float']['output']>;
  /** How many access-log records it deleted. */
  accessLogRecords: Maybe<Scalars['Int']['output']>;
  /** The database role that ran it: the owner of the registry's tables. */
  actor: Scalars['String']['output'];
  /** ISO 8601 instant of the run, on the database's clock. */
  at: Scalars['String']['output'];
  /** How many events of theirs it deleted. */
  endedConsentEvents: Maybe<Scalars['Int']['output']>;
  /** How many consents it deleted. */
  endedConsents: Maybe<Scalars['Int']['output']>;
  /** Consents withdrawn or expired before this instant were deleted (null: not in this run): the period's cut-off, or a day before the oldest access-log record kept, if that is earlier (a record may cite such a consent). */
  endedConsentsBefore: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

/** One page of retention runs, newest first. */
export type RetentionRunConnection = {
  __typename?: 'RetentionRunConnection';
  nodes: Array<RetentionRun>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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
  AccessBasis: AccessBasis;
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccessLogPageInfo: ResolverTypeWrapper<AccessLogPageInfo>;
  Agency: ResolverTypeWrapper<AgencyModel>;
  AgencyKind: AgencyKind;
  ConsentEvent: ResolverTypeWrapper<Omit<ConsentEvent, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  ConsentEventKind: ConsentEventKind;
  ConsentForm: ConsentForm;
  ConsentGrant: ResolverTypeWrapper<ConsentGrantModel>;
  ConsentGrantConnection: ResolverTypeWrapper<Omit<ConsentGrantConnection, 'nodes'> & { nodes: Array<ResolversTypes['ConsentGrant']> }>;
  ConsentState: ConsentState;
  DataCategory: DataCategory;
  Household: ResolverTypeWrapper<HouseholdReferenceModel>;
  InformationItem: InformationItem;
  Municipality: Municipality;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsentInput: RecordConsentInput;
  RetentionRun: ResolverTypeWrapper<RetentionRunModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RetentionRunConnection: ResolverTypeWrapper<Omit<RetentionRunConnection, 'nodes'> & { nodes: Array<ResolversTypes['RetentionRun']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: AccessLogConnection;
  Int: Scalars['Int']['output'];
  AccessLogEntry: AccessLogEntry;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AccessLogPageInfo: AccessLogPageInfo;
  Agency: AgencyModel;
  ConsentEvent: Omit<ConsentEvent, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  ConsentGrant: ConsentGrantModel;
  ConsentGrantConnection: Omit<ConsentGrantConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ConsentGrant']> };
  Household: HouseholdReferenceModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordConsentInput: RecordConsentInput;
  RetentionRun: RetentionRunModel;
  Float: Scalars['Float']['output'];
  RetentionRunConnection: Omit<RetentionRunConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['RetentionRun']> };
  String: Scalars['String']['output'];
}>;

export type ConsentDirectiveArgs = {
  category: Scalars['String']['input'];
};

export type ConsentDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = ConsentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NoPersonalDataDirectiveArgs = { };

export type NoPersonalDataDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = NoPersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['AccessLogPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  agencyKind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['AccessBasis'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  householdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerAgencyIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccessLogPageInfoResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['AccessLogPageInfo'] = ResolversParentTypes['AccessLogPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AgencyResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentEventResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentEvent'] = ResolversParentTypes['ConsentEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  agencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentEventKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConsentGrantResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentGrant'] = ResolversParentTypes['ConsentGrant']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  documentReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ConsentForm'], ParentType, ContextType>;
  grantorMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grantorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ConsentEvent']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationLanguage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  informedOf?: Resolver<Array<ResolversTypes['InformationItem']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['Purpose']>, ParentType, ContextType>;
  recipientAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  recipientAgencyKind?: Resolver<Maybe<ResolversTypes['AgencyKind']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedByAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  representativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ConsentState'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConsentGrantConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentGrantConnection'] = ResolversParentTypes['ConsentGrantConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ConsentGrant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HouseholdResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['ConsentGrant']>, ParentType, ContextType, RequireFields<HouseholdConsentArgs, 'id'>>;
  consents?: Resolver<Maybe<ResolversTypes['ConsentGrantConnection']>, ParentType, ContextType, RequireFields<HouseholdConsentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordConsent?: Resolver<Maybe<ResolversTypes['ConsentGrant']>, ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  withdrawConsent?: Resolver<Maybe<ResolversTypes['ConsentGrant']>, ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accessLog?: Resolver<ResolversTypes['AccessLogConnection'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first'>>;
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, Partial<QueryAgenciesArgs>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  recordedConsents?: Resolver<ResolversTypes['ConsentGrantConnection'], ParentType, ContextType, RequireFields<QueryRecordedConsentsArgs, 'first'>>;
  retentionRuns?: Resolver<ResolversTypes['RetentionRunConnection'], ParentType, ContextType, RequireFields<QueryRetentionRunsArgs, 'first'>>;
}>;

export type RetentionRunResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['RetentionRun'] = ResolversParentTypes['RetentionRun']> = ResolversObject<{
  accessLogBefore?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessLogDecisions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  accessLogRecords?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedConsentEvents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endedConsents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endedConsentsBefore?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RetentionRunConnectionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['RetentionRunConnection'] = ResolversParentTypes['RetentionRunConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['RetentionRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ConsentContext> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogPageInfo?: AccessLogPageInfoResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  ConsentEvent?: ConsentEventResolvers<ContextType>;
  ConsentGrant?: ConsentGrantResolvers<ContextType>;
  ConsentGrantConnection?: ConsentGrantConnectionResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetentionRun?: RetentionRunResolvers<ContextType>;
  RetentionRunConnection?: RetentionRunConnectionResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ConsentContext> = ResolversObject<{
  consent?: ConsentDirectiveResolver<any, any, ContextType>;
  noPersonalData?: NoPersonalDataDirectiveResolver<any, any, ContextType>;
}>;
