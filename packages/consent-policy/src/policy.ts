import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const POLICY_PATH = join(__dirname, '../../../schema/consent-policy.yaml');

const NAME = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'names are UPPER_SNAKE_CASE');
const catalogue = z.record(NAME, z.string().min(1));

/**
 * A purpose: its description, or the description and `consentable: false` for a purpose no
 * household consents to (a data-protection officer's supervision is not processing for the
 * household's case).
 */
const purposeSchema = z
  .union([
    z.string().min(1),
    z.object({ description: z.string().min(1), consentable: z.boolean().default(true) }).strict(),
  ])
  .transform((spec) =>
    typeof spec === 'string' ? { description: spec, consentable: true } : spec,
  );

/** What a rule applies to; a missing list matches everything. */
const ruleScope = {
  categories: z.array(NAME).min(1),
  owners: z.array(NAME).min(1).optional(),
  requesters: z.array(NAME).min(1).optional(),
  purposes: z.array(NAME).min(1).optional(),
};

const ruleSchema = z.discriminatedUnion('basis', [
  z
    .object({
      ...ruleScope,
      basis: z.literal('statutory'),
      paragraph: z.string().min(3),
    })
    .strict(),
  z
    .object({
      ...ruleScope,
      basis: z.literal('consent'),
    })
    .strict(),
  z
    .object({
      ...ruleScope,
      basis: z.literal('never'),
      reason: z.string().min(3),
    })
    .strict(),
]);

const policySchema = z
  .object({
    version: z.string().min(1),
    agencyKinds: catalogue,
    purposes: z.record(NAME, purposeSchema),
    categories: z.record(
      NAME,
      z
        .object({
          description: z.string().min(1),
          special: z.enum(['GDPR_ART_9', 'GDPR_ART_10']).optional(),
          consentable: z.boolean().default(true),
        })
        .strict(),
    ),
    owners: z.record(z.string().regex(/^[a-z]+$/), NAME),
    rules: z.array(ruleSchema),
    roles: z.record(
      z.string().regex(/^[a-z][a-z0-9_]*$/, 'role names are lower_snake_case'),
      z
        .object({
          description: z.string().min(1),
          /** The kinds of agency whose users may hold the role; missing: every kind. */
          agencyKinds: z.array(NAME).min(1).optional(),
          purposes: z.array(NAME).min(1),
        })
        .strict(),
    ),
  })
  .strict();

export type PolicyDocument = z.infer<typeof policySchema>;
export type PolicyRule = z.infer<typeof ruleSchema>;

/** What the policy says about one flow of one category to a foreign agency. */
export type RuleOutcome =
  | { basis: 'statutory'; paragraph: string }
  | { basis: 'consent' }
  | { basis: 'never'; reason: string };

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid consent policy:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyError';
  }
}

/** The consent policy, validated: every name it uses is declared in it. */
export class ConsentPolicy {
  readonly version: string;
  readonly agencyKinds: ReadonlySet<string>;
  readonly purposes: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  /** The categories a household can consent to release. */
  readonly consentableCategories: ReadonlySet<string>;
  /** The purposes a household can consent to. */
  readonly consentablePurposes: ReadonlySet<string>;
  private readonly rolePurposes: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly roleKinds: ReadonlyMap<string, ReadonlySet<string> | undefined>;

  constructor(readonly document: PolicyDocument) {
    this.version = document.version;
    this.agencyKinds = new Set(Object.keys(document.agencyKinds));
    this.purposes = new Set(Object.keys(document.purposes));
    this.categories = new Set(Object.keys(document.categories));
    this.consentableCategories = new Set(
      Object.entries(document.categories)
        .filter(([, spec]) => spec.consentable)
        .map(([name]) => name),
    );
    this.consentablePurposes = new Set(
      Object.entries(document.purposes)
        .filter(([, spec]) => spec.consentable)
        .map(([name]) => name),
    );
    this.rolePurposes = new Map(
      Object.entries(document.roles).map(([role, spec]) => [role, new Set(spec.purposes)]),
    );
    this.roleKinds = new Map(
      Object.entries(document.roles).map(([role, spec]) => [
        role,
        spec.agencyKinds && new Set(spec.agencyKinds),
      ]),
    );
  }

  get roles(): string[] {
    return [...this.rolePurposes.keys()];
  }

  /**
   * Whether a user of an agency of this kind with these roles may declare this purpose. A role
   * counts only for the kinds of agency it is meant for (a landlord's user is no case worker).
   */
  permitsPurpose(roles: readonly string[], purpose: string, agencyKind: string): boolean {
    return roles.some(
      (role) =>
        this.roleFits(role, agencyKind) && (this.rolePurposes.get(role)?.has(purpose) ?? false),
    );
  }

  /**
   * The roles of a user that count for an agency of this kind: those the policy knows and means
   * for that kind. A landlord's token that also says `caseworker` holds no case worker's rights.
   */
  rolesFor(roles: readonly string[], agencyKind: string): string[] {
    return roles.filter((role) => this.rolePurposes.has(role) && this.roleFits(role, agencyKind));
  }

  /** The purposes a user of an agency of this kind may declare, with any role meant for it. */
  purposesOf(agencyKind: string): Set<string> {
    const purposes = new Set<string>();
    for (const role of this.roles) {
      if (this.roleFits(role, agencyKind)) {
        for (const purpose of this.rolePurposes.get(role) ?? []) purposes.add(purpose);
      }
    }
    return purposes;
  }

  private roleFits(role: string, agencyKind: string): boolean {
    const kinds = this.roleKinds.get(role);
    return kinds === undefined || kinds.has(agencyKind);
  }

  /**
   * Whether the policy never releases a category to an agency of this kind for this purpose,
   * whoever owns the data: then no consent can release it either.
   */
  neverReleases(category: string, agencyKind: string, purpose: string): boolean {
    return Object.values(this.document.owners).every(
      (ownerKind) => this.ruleFor(category, ownerKind, agencyKind, purpose).basis === 'never',
    );
  }

  /** GDPR Art. 9 or Art. 10 category? */
  special(category: string): 'GDPR_ART_9' | 'GDPR_ART_10' | undefined {
    return this.document.categories[category]?.special;
  }

  /** The kind of agency that records a subgraph's data. */
  ownerKindOf(subgraph: string): string {
    const kind = this.document.owners[subgraph];
    if (!kind) throw new PolicyError([`owners: no owning agency kind for subgraph ${subgraph}`]);
    return kind;
  }

  /**
   * Checks that the policy names an owning kind for exactly these subgraphs: one missing would
   * fail every decision about its data, a misspelled one would go unnoticed.
   */
  assertOwnersOf(subgraphs: readonly string[]): void {
    const named = Object.keys(this.document.owners);
    const problems = [
      ...subgraphs
        .filter((subgraph) => !named.includes(subgraph))
        .map((subgraph) => `owners: no owning agency kind for subgraph ${subgraph}`),
      ...named
        .filter((name) => !subgraphs.includes(name))
        .map((name) => `owners.${name}: no such subgraph (there are ${subgraphs.join(', ')})`),
    ];
    if (problems.length > 0) throw new PolicyError(problems);
  }

  /** Outcomes already looked up: a page asks the same few flows about a thousand times. */
  private readonly outcomes = new Map<string, RuleOutcome>();

  /**
   * The first matching rule for a foreign agency's access; consent when none matches — unless no
   * consent could release it (a category or a purpose not consentable): then never, so that a
   * case worker is not sent to ask the household for a consent it cannot give.
   */
  ruleFor(
    category: string,
    ownerKind: string,
    requesterKind: string,
    purpose: string,
  ): RuleOutcome {
    // Names are UPPER_SNAKE_CASE (validated), so a space cannot make two flows share a key.
    const key = `${category} ${ownerKind} ${requesterKind} ${purpose}`;
    let outcome = this.outcomes.get(key);
    if (!outcome) {
      outcome = this.firstMatch(category, ownerKind, requesterKind, purpose);
      this.outcomes.set(key, outcome);
    }
    return outcome;
  }

  private firstMatch(
    category: string,
    ownerKind: string,
    requesterKind: string,
    purpose: string,
  ): RuleOutcome {
    const rule = this.document.rules.find(
      (candidate) =>
        candidate.categories.includes(category) &&
        matches(candidate.owners, ownerKind) &&
        matches(candidate.requesters, requesterKind) &&
        matches(candidate.purposes, purpose),
    );
    if (!rule || rule.basis === 'consent') return this.byConsent(category, purpose);
    return rule.basis === 'statutory'
      ? { basis: 'statutory', paragraph: rule.paragraph }
      : { basis: 'never', reason: rule.reason };
  }

  private byConsent(category: string, purpose: string): RuleOutcome {
    if (!this.consentableCategories.has(category)) {
      return {
        basis: 'never',
        reason: `no rule gives a basis, and no household consent can release ${category} data`,
      };
    }
    if (!this.consentablePurposes.has(purpose)) {
      return {
        basis: 'never',
        reason: `no rule gives a basis, and a household cannot consent to ${purpose}`,
      };
    }
    return { basis: 'consent' };
  }
}

/** A rule's scope list: a missing one matches every value. */
function matches(list: string[] | undefined, value: string): boolean {
  return !list || list.includes(value);
}

/** Every name a policy uses must be one it declares. */
function crossCheck(document: PolicyDocument): string[] {
  const problems: string[] = [];
  const known = {
    agency_kind: new Set(Object.keys(document.agencyKinds)),
    purpose: new Set(Object.keys(document.purposes)),
    category: new Set(Object.keys(document.categories)),
  };
  const check = (path: string, names: string[] | undefined, kind: keyof typeof known) => {
    for (const name of names ?? []) {
      if (!known[kind].has(name)) problems.push(`${path}: unknown ${kind} ${name}`);
    }
  };
  for (const [subgraph, kind] of Object.entries(document.owners)) {
    check(`owners.${subgraph}`, [kind], 'agency_kind');
  }
  document.rules.forEach((rule, index) => {
    check(`rules[${index}].categories`, rule.categories, 'category');
    check(`rules[${index}].owners`, rule.owners, 'agency_kind');
    check(`rules[${index}].requesters`, rule.requesters, 'agency_kind');
    check(`rules[${index}].purposes`, rule.purposes, 'purpose');
    if (rule.basis === 'consent') problems.push(...unconsentable(document, rule, index));
  });
  for (const [role, spec] of Object.entries(document.roles)) {
    check(`roles.${role}.purposes`, spec.purposes, 'purpose');
    check(`roles.${role}.agencyKinds`, spec.agencyKinds, 'agency_kind');
  }
  return problems;
}

/** A consent rule that names only what no household can consent to would never apply. */
function unconsentable(document: PolicyDocument, rule: PolicyRule, index: number): string[] {
  const notConsentable = (names: string[], specs: Record<string, { consentable: boolean }>) =>
    names.every((name) => specs[name] !== undefined && !specs[name].consentable);
  const problems: string[] = [];
  if (notConsentable(rule.categories, document.categories)) {
    problems.push(
      `rules[${index}]: basis consent, but no household can consent to release ${rule.categories.join(', ')}`,
    );
  }
  if (rule.purposes && notConsentable(rule.purposes, document.purposes)) {
    problems.push(
      `rules[${index}]: basis consent, but no household can consent to ${rule.purposes.join(', ')}`,
    );
  }
  return problems;
}

/** Parses and validates a policy document; every problem is reported at once. */
export function parsePolicy(source: string): ConsentPolicy {
  const result = policySchema.safeParse(parse(source));
  if (!result.success) {
    throw new PolicyError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const problems = crossCheck(result.data);
  if (problems.length > 0) throw new PolicyError(problems);
  return new ConsentPolicy(result.data);
}

let loaded: ConsentPolicy | undefined;

/** The policy of this deployment (schema/consent-policy.yaml), loaded once. */
export function consentPolicy(): ConsentPolicy {
  loaded ??= parsePolicy(readFileSync(POLICY_PATH, 'utf8'));
  return loaded;
}
