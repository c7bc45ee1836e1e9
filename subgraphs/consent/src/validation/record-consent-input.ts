/**
 * Checks a RecordConsentInput field by field (§ 67b SGB X, GDPR Art. 7) and returns it normalised
 * (trimmed texts, lower-cased ids, parsed instants). Each refusal is a BAD_USER_INPUT error naming
 * the input field. What needs the database (does the recipient agency exist?) is checked by the
 * caller.
 */
import { consentPolicy } from '@wohnnetz/consent-policy';
import {
  MAX_IDENTIFIER_LENGTH,
  isBlank,
  isIdentifier,
  isUuid,
  quotedInput,
  textProblem,
} from '@wohnnetz/service-kit';
import { badField } from '../errors';
import type { RecordConsentInput } from '../generated/resolvers-types';
import { notAnInstant, parseInstant } from './instant';
import { ISO_639_1_CODES } from './iso-639-1';

/**
 * What the person must have been told: the purpose (§ 67b (2) SGB X), the consequences of
 * refusing (§ 67b (2) SGB X) and the right to withdraw (GDPR Art. 7 (3)).
 */
export const REQUIRED_INFORMATION: readonly string[] = [
  'PURPOSE',
  'CONSEQUENCES_OF_REFUSAL',
  'RIGHT_TO_WITHDRAW',
];

export const MAX_NAME_LENGTH = 200;
export const MAX_DOCUMENT_REFERENCE_LENGTH = 100;

export interface ValidConsentInput {
  householdId: string;
  grantorMemberId: string | null;
  grantorName: string;
  representativeName: string | null;
  recipientAgencyId: string | null;
  recipientAgencyKind: string | null;
  categories: string[];
  purposes: string[];
  validFrom: Date;
  validUntil: Date | null;
  form: string;
  informedOf: string[];
  informationLanguage: string;
  documentReference: string;
}

/** A required text: trimmed, not blank, and one the hub can keep (textProblem). */
function text(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (isBlank(trimmed)) throw badField(`${field} must not be blank`, field);
  const problem = textProblem(trimmed, max);
  if (problem) throw badField(`${field} ${problem}`, field);
  return trimmed;
}

function optionalText(value: string | null | undefined, field: string, max: number) {
  return value === null || value === undefined ? null : text(value, field, max);
}

function uuid(value: string, field: string): string {
  if (!isUuid(value)) throw badField(`${field} must be a UUID`, field);
  return value.toLowerCase();
}

/** A non-empty list without duplicates whose every item the policy knows. */
function names(values: readonly string[], field: string, known: ReadonlySet<string>): string[] {
  if (values.length === 0) throw badField(`${field} must name at least one`, field);
  const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
  if (duplicates.length > 0) {
    throw badField(`${field} names ${[...new Set(duplicates)].join(', ')} more than once`, field);
  }
  const unknown = values.filter((value) => !known.has(value));
  if (unknown.length > 0) {
    throw badField(`${field}: ${unknown.join(', ')} not in the consent policy`, field);
  }
  return [...values];
}

function instant(value: string, field: string): Date {
  const parsed = parseInstant(value.trim());
  if (!parsed) throw badField(notAnInstant(field), field);
  return parsed;
}

export function validateRecordConsentInput(
  input: RecordConsentInput,
  now: Date,
): ValidConsentInput {
  const policy = consentPolicy();
  const householdId = uuid(input.householdId, 'householdId');
  const grantorMemberId =
    input.grantorMemberId === null || input.grantorMemberId === undefined
      ? null
      : uuid(input.grantorMemberId, 'grantorMemberId');
  const grantorName = text(input.grantorName, 'grantorName', MAX_NAME_LENGTH);
  const representativeName = optionalText(
    input.representativeName,
    'representativeName',
    MAX_NAME_LENGTH,
  );

  const recipientAgencyId = input.recipientAgencyId ?? null;
  const recipientAgencyKind = input.recipientAgencyKind ?? null;
  if ((recipientAgencyId === null) === (recipientAgencyKind === null)) {
    throw badField(
      'give exactly one recipient: recipientAgencyId (one agency) or recipientAgencyKind (a kind of agency)',
      recipientAgencyId === null ? 'recipientAgencyId' : 'recipientAgencyKind',
    );
  }
  if (recipientAgencyId !== null && !isIdentifier(recipientAgencyId)) {
    throw badField(
      `recipientAgencyId must be 1 to ${MAX_IDENTIFIER_LENGTH} characters without control characters`,
      'recipientAgencyId',
    );
  }
  if (recipientAgencyKind !== null && !policy.agencyKinds.has(recipientAgencyKind)) {
    throw badField(
      `recipientAgencyKind ${recipientAgencyKind} is not in the consent policy`,
      'recipientAgencyKind',
    );
  }

  const categories = names(input.categories, 'categories', policy.categories);
  const unconsentable = categories.filter(
    (category) => !policy.consentableCategories.has(category),
  );
  if (unconsentable.length > 0) {
    throw badField(
      `categories: ${unconsentable.join(', ')} is not a category a household can consent to release`,
      'categories',
    );
  }
  const purposes = names(input.purposes, 'purposes', policy.purposes);
  const notConsentable = purposes.filter((purpose) => !policy.consentablePurposes.has(purpose));
  if (notConsentable.length > 0) {
    throw badField(
      `purposes: ${notConsentable.join(', ')} is not a purpose a household can consent to`,
      'purposes',
    );
  }

  const validFrom =
    input.validFrom === null || input.validFrom === undefined
      ? now
      : instant(input.validFrom, 'validFrom');
  const validUntil =
    input.validUntil === null || input.validUntil === undefined
      ? null
      : instant(input.validUntil, 'validUntil');
  if (validUntil !== null && validUntil.getTime() <= validFrom.getTime()) {
    throw badField(
      `validUntil (${validUntil.toISOString()}) must be later than validFrom (${validFrom.toISOString()})`,
      'validUntil',
    );
  }

  const informedOf: string[] = [...input.informedOf];
  const repeated = informedOf.filter((item, index) => informedOf.indexOf(item) !== index);
  if (repeated.length > 0) {
    throw badField(
      `informedOf names ${[...new Set(repeated)].join(', ')} more than once`,
      'informedOf',
    );
  }
  const missing = REQUIRED_INFORMATION.filter((item) => !informedOf.includes(item));
  if (missing.length > 0) {
    throw badField(
      `the person must have been informed of ${REQUIRED_INFORMATION.join(', ')} ` +
        `(§ 67b (2) SGB X, GDPR Art. 7 (3)); missing: ${missing.join(', ')}`,
      'informedOf',
    );
  }

  const informationLanguage = input.informationLanguage.trim();
  if (!/^[a-z]{2}$/.test(informationLanguage) || !ISO_639_1_CODES.has(informationLanguage)) {
    throw badField(
      `informationLanguage must be an ISO 639-1 code (two lower-case letters, e.g. de, tr, uk), not ${quotedInput(input.informationLanguage)}`,
      'informationLanguage',
    );
  }

  const documentReference = text(
    input.documentReference,
    'documentReference',
    MAX_DOCUMENT_REFERENCE_LENGTH,
  );

  return {
    householdId,
    grantorMemberId,
    grantorName,
    representativeName,
    recipientAgencyId,
    recipientAgencyKind,
    categories,
    purposes,
    validFrom,
    validUntil,
    form: input.form,
    informedOf,
    informationLanguage,
    documentReference,
  };
}

/**
 * Refuses a consent the policy could never honour for its recipient's kind of agency: a purpose
 * no user of such an agency may declare, or a category the policy never releases to it for any
 * of the purposes (Art. 9/10 data to a landlord, say). Recorded, it would show as GIVEN and
 * release nothing.
 */
export function assertConsentCanApply(valid: ValidConsentInput, recipientKind: string): void {
  const policy = consentPolicy();
  const declarable = policy.purposesOf(recipientKind);
  const undeclarable = valid.purposes.filter((purpose) => !declarable.has(purpose));
  if (undeclarable.length > 0) {
    throw badField(
      `purposes: no user of a ${recipientKind} may declare ${undeclarable.join(', ')} (the consent policy's roles): the consent would never apply for it; leave it out`,
      'purposes',
    );
  }
  const never = valid.categories.filter((category) =>
    valid.purposes.every((purpose) => policy.neverReleases(category, recipientKind, purpose)),
  );
  if (never.length > 0) {
    throw badField(
      `categories: the consent policy never releases ${never.join(', ')} to a ${recipientKind} for ${valid.purposes.join(', ')}; a consent cannot change that`,
      'categories',
    );
  }
}
