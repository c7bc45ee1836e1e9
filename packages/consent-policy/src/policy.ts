import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const POLICY_PATH = join(__dirname, '../../../schema/consent-policy.yaml');

const NAME = /^[A-Z][A-Z0-9_]*$/;
const ROLE = /^[a-z][a-z0-9_]*$/;

const catalogue = z.record(z.string().regex(NAME, 'names are UPPER_SNAKE_CASE'), z.string().min(1));

const policySchema = z
  .object({
    version: z.string().min(1),
    agencyKinds: catalogue,
    purposes: catalogue,
    roles: z.record(
      z.string().regex(ROLE, 'role names are lower_snake_case'),
      z.object({ description: z.string().min(1), purposes: z.array(z.string()).min(1) }).strict(),
    ),
  })
  .strict();

export type PolicyDocument = z.infer<typeof policySchema>;

export class PolicyError extends Error {
  constructor(problems: string[]) {
    super(`invalid consent policy:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyError';
  }
}

/** The consent policy, validated: every name it uses is declared in it. */
export class ConsentPolicy {
  readonly version: string;
  readonly agencyKinds: ReadonlySet<string>;
  readonly purposes: ReadonlySet<string>;
  private readonly rolePurposes: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(readonly document: PolicyDocument) {
    this.version = document.version;
    this.agencyKinds = new Set(Object.keys(document.agencyKinds));
    this.purposes = new Set(Object.keys(document.purposes));
    this.rolePurposes = new Map(
      Object.entries(document.roles).map(([role, spec]) => [role, new Set(spec.purposes)]),
    );
  }

  get roles(): string[] {
    return [...this.rolePurposes.keys()];
  }

  /** Whether a user with these roles may declare this purpose. */
  permitsPurpose(roles: readonly string[], purpose: string): boolean {
    return roles.some((role) => this.rolePurposes.get(role)?.has(purpose) ?? false);
  }
}

function crossCheck(document: PolicyDocument): string[] {
  const purposes = new Set(Object.keys(document.purposes));
  return Object.entries(document.roles).flatMap(([role, spec]) =>
    spec.purposes
      .filter((purpose) => !purposes.has(purpose))
      .map((purpose) => `roles.${role}.purposes: unknown purpose ${purpose}`),
  );
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
