/**
 * The consent catalogue a data-protection officer reviews (docs/consent-catalogue.md): the
 * policy's categories, purposes, roles and release rules, and which field of which subgraph holds
 * data of which category. Rendered from the policy and the classified subgraph fields, never
 * edited by hand. The Markdown is written the way prettier prints it, so `prettier --check` leaves
 * the generated file alone.
 */
import type { ConsentPolicy, PolicyRule } from '@wohnnetz/consent-policy';
import type { ClassifiedField } from './consent-classification';

/** A root field and who may call it (`consent.rootFields` of its subgraph). */
export interface RootFieldAccess {
  subgraph: string;
  /** e.g. Query.accessLog */
  coordinate: string;
  roles?: readonly string[];
  purposes?: readonly string[];
}

export const CATALOGUE_FILE = 'docs/consent-catalogue.md';

const SPECIAL_MARKER = { GDPR_ART_9: 'GDPR Art. 9', GDPR_ART_10: 'GDPR Art. 10' } as const;

/** Free text from the policy as one line of Markdown that renders as written. */
const text = (value: string): string =>
  value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&|~#]/g, (character) => `\\${character}`);

/** A name as inline code (names of the policy and the SDL never contain a backtick). */
const code = (name: string): string => `\`${name}\``;

const names = (list: readonly string[] | undefined): string =>
  list ? list.map(code).join(', ') : 'any';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const compareFields = (a: ClassifiedField, b: ClassifiedField): number =>
  byCodePoint(a.subgraph, b.subgraph) ||
  byCodePoint(a.type, b.type) ||
  byCodePoint(a.field, b.field);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function basisLine(rule: PolicyRule): string {
  switch (rule.basis) {
    case 'statutory':
      return `statutory — ${text(rule.paragraph)}`;
    case 'consent':
      return 'consent — only under an active consent of the household';
    case 'never':
      return `never — ${text(rule.reason)}`;
  }
}

type CategorySpec = ConsentPolicy['document']['categories'][string];

const categorySummary = (spec: CategorySpec): string =>
  [
    text(spec.description),
    ...(spec.special ? [`special category: ${SPECIAL_MARKER[spec.special]}`] : []),
    spec.consentable ? 'consentable' : 'not consentable',
  ].join(' · ');

function categoriesSection(policy: ConsentPolicy): string[] {
  return [
    '## 1. Data categories',
    '',
    'Every field that holds personal data belongs to one category. Special categories are GDPR Art. 9 and Art. 10 data; a category that is not consentable is released by no consent of the household.',
    '',
    ...Object.entries(policy.document.categories).map(
      ([name, spec]) => `- ${code(name)} — ${categorySummary(spec)}`,
    ),
  ];
}

function purposesSection(policy: ConsentPolicy): string[] {
  return [
    '## 2. Purposes',
    '',
    'Every request through the gateway declares one purpose. A purpose that is not consentable is one no household can consent to.',
    '',
    ...Object.entries(policy.document.purposes).map(
      ([name, spec]) =>
        `- ${code(name)} — ${text(spec.description)} · ${spec.consentable ? 'consentable' : 'not consentable'}`,
    ),
  ];
}

function rolesSection(policy: ConsentPolicy): string[] {
  return [
    '## 3. Roles',
    '',
    'The roles of agency users, the kinds of agency whose users may hold each (a role named in a token of another kind counts for nothing), and the purposes each may declare.',
    '',
    ...Object.entries(policy.document.roles).map(
      ([role, spec]) =>
        `- ${code(role)} — ${text(spec.description)} · held in: ${spec.agencyKinds ? names(spec.agencyKinds) : 'every kind of agency'} · may declare: ${names(spec.purposes)}`,
    ),
  ];
}

function rulesSection(policy: ConsentPolicy): string[] {
  const { agencyKinds, owners, rules } = policy.document;
  const ownedBy = groupBy(Object.keys(owners).sort(byCodePoint), (subgraph) => owners[subgraph]!);
  return [
    '## 4. Release rules',
    '',
    'A guarded field of a household is released to an agency in this order of precedence:',
    '',
    '1. Own task: the agency that recorded all of the household’s data in the subgraph sees it, whatever the purpose, and its reads are not logged; where several agencies recorded a household’s data there, none of them owns it and every read goes through the rules below. Consent records are judged on the asking agency’s part of them (those it recorded or that name it or its kind): it owns them where it recorded all of that part; an empty part is decided by the rules, like another agency’s.',
    '2. Otherwise the first rule below that matches the field’s category, the subgraph’s owning agency kind, the requesting agency’s kind and the declared purpose decides. A missing list matches any.',
    '3. Otherwise (no rule matches, or the rule says consent) the household’s consent is required — unless the category or the purpose is not consentable: then the field is never released (no consent could release it).',
    '',
    'The rules name kinds of agency, not the agency responsible for a household: a statutory basis below reaches every agency of the requesting kind, in every municipality, for every household (and a consent given to a kind of agency, every agency of that kind). Narrowing a basis to the responsible agency is not built (docs/security.md, “A statutory basis by kinds of agency”).',
    '',
    '### Agency kinds',
    '',
    ...Object.entries(agencyKinds).map(([kind, description]) => {
      const subgraphs = ownedBy.get(kind);
      const owns = subgraphs ? ` · owns the data of ${names(subgraphs)}` : '';
      return `- ${code(kind)} — ${text(description)}${owns}`;
    }),
    ...rules.flatMap((rule, index) => [
      '',
      `### Rule ${index + 1}: ${rule.basis}`,
      '',
      `- categories: ${names(rule.categories)}`,
      `- owning kinds: ${names(rule.owners)}`,
      `- requesting kinds: ${names(rule.requesters)}`,
      `- purposes: ${names(rule.purposes)}`,
      `- basis: ${basisLine(rule)}`,
    ]),
    '',
    '### Default',
    '',
    '- categories, owning kinds, requesting kinds, purposes: any not matched by a rule above',
    '- basis: consent required — only under an active consent of the household; never where the category or the purpose is not consentable',
  ];
}

function guardedSection(policy: ConsentPolicy, guarded: ClassifiedField[]): string[] {
  const byCategory = groupBy(guarded, (field) =>
    field.classification.kind === 'guarded' ? field.classification.category : '',
  );
  return [
    '## 5. Guarded fields by category',
    '',
    'Every field released only under the policy: subgraph, `Type.field`, and whether `@consent` is on the field or on its type.',
    ...Object.entries(policy.document.categories).flatMap(([category, spec]) => {
      const fields = byCategory.get(category) ?? [];
      return [
        '',
        `### ${code(category)}`,
        '',
        categorySummary(spec),
        '',
        ...(fields.length === 0
          ? ['No field holds data of this category.']
          : fields.map(
              (field) =>
                `- ${code(field.subgraph)} · ${code(`${field.type}.${field.field}`)} · ${
                  field.inherited ? `through its type ${code(field.type)}` : 'on the field'
                }`,
            )),
      ];
    }),
  ];
}

function notPersonalSection(policy: ConsentPolicy, notPersonal: ClassifiedField[]): string[] {
  const bySubgraph = groupBy(notPersonal, (field) => field.subgraph);
  return [
    '## 6. Fields without personal data',
    '',
    'Per subgraph, the fields marked `@noPersonalData`, on the type as a whole or field by field.',
    ...[...bySubgraph].flatMap(([subgraph, fields]) => {
      const owner = policy.document.owners[subgraph];
      return [
        '',
        `### ${code(subgraph)}${owner ? ` (owned by ${code(owner)})` : ''}`,
        '',
        ...[...groupBy(fields, (field) => field.type)].map(([type, ofType]) => {
          const wholeType = ofType.some((field) => field.inherited) ? ' (whole type)' : '';
          return `- ${code(type)}${wholeType}: ${names(ofType.map((field) => field.field))}`;
        }),
      ];
    }),
  ];
}

function rootFieldsSection(rootFields: readonly RootFieldAccess[]): string[] {
  const sorted = [...rootFields].sort(
    (a, b) => byCodePoint(a.subgraph, b.subgraph) || byCodePoint(a.coordinate, b.coordinate),
  );
  return [
    '## 7. Root fields and who may call them',
    '',
    "Per subgraph, from its binding (`consent.rootFields` in its `subgraph.ts`). A root field is not classified: its rule says who may call it, and the fields of what it returns are guarded as above — except a type guarded as a whole (such as the access log), which the root field's callers receive. Every root field not listed here is denied, except federation's `_entities` (its fields are decided as above) and `_service` (refused outside development).",
    ...[...groupBy(sorted, (field) => field.subgraph)].flatMap(([subgraph, fields]) => [
      '',
      `### ${code(subgraph)}`,
      '',
      ...fields.map((field) => {
        const limits = [
          field.roles ? `roles: ${names(field.roles)}` : '',
          field.purposes ? `purposes: ${names(field.purposes)}` : '',
        ].filter(Boolean);
        return `- ${code(field.coordinate)} — ${
          limits.length > 0 ? limits.join(' · ') : 'any authenticated agency user'
        }`;
      }),
    ]),
  ];
}

/**
 * Renders the consent catalogue from the policy and the classified fields of the subgraphs.
 * Throws when a field is unclassified or names a category the policy lacks: the catalogue of an
 * incomplete classification would mislead its reader.
 */
export function renderConsentCatalogue(
  policy: ConsentPolicy,
  fields: readonly ClassifiedField[],
  rootFields: readonly RootFieldAccess[],
): string {
  const sorted = [...fields].sort(compareFields);
  const wrong = sorted.filter(
    (field) =>
      field.classification.kind === 'unclassified' ||
      (field.classification.kind === 'guarded' &&
        !policy.categories.has(field.classification.category)),
  );
  if (wrong.length > 0) {
    const list = wrong.map((field) => `${field.subgraph}: ${field.type}.${field.field}`).join(', ');
    throw new Error(
      `cannot render the consent catalogue: unclassified or unknown category: ${list}`,
    );
  }
  const guarded = sorted.filter((field) => field.classification.kind === 'guarded');
  const notPersonal = sorted.filter((field) => field.classification.kind === 'not-personal');
  const subgraphs = new Set(sorted.map((field) => field.subgraph));
  const lines = [
    `<!-- Generated by \`pnpm catalogue\` from schema/consent-policy.yaml and subgraphs/*/src/{schema.graphql,subgraph.ts} — do not edit. -->`,
    '',
    '# Consent catalogue',
    '',
    `Policy version ${code(policy.version)}. Generated from \`schema/consent-policy.yaml\`, the subgraph schemas and their root-field rules — do not edit by hand: change the sources and run \`pnpm catalogue\`; \`pnpm check:consent\` fails while this file is stale.`,
    '',
    `${guarded.length} guarded fields and ${notPersonal.length} fields without personal data in ${subgraphs.size} subgraphs; ${rootFields.length} root fields, each with its rule (section 7).`,
    '',
    ...categoriesSection(policy),
    '',
    ...purposesSection(policy),
    '',
    ...rolesSection(policy),
    '',
    ...rulesSection(policy),
    '',
    ...guardedSection(policy, guarded),
    '',
    ...notPersonalSection(policy, notPersonal),
    '',
    ...rootFieldsSection(rootFields),
  ];
  return `${lines.join('\n')}\n`;
}
