import type { Caller } from '@wohnnetz/service-kit';
import type { GraphQLError } from 'graphql';
import type { ConsentGrant } from './entities/consent-grant.entity';
import { forbidden, notFound } from './errors';
import { visibleGrants } from './visible-grants';

/** Who may change the registry: case workers (of the agency they record for). */
export const REGISTRY_WRITER_ROLE = 'caseworker';

/** Who may read the access log, and the purpose they must declare. */
export const ACCESS_LOG_READER_ROLE = 'data_protection_officer';
export const ACCESS_LOG_PURPOSE = 'DATA_PROTECTION_SUPERVISION';

export function assertMayWrite(caller: Caller, action: string): void {
  if (!caller.roles.includes(REGISTRY_WRITER_ROLE)) {
    throw forbidden(`only a user with the role ${REGISTRY_WRITER_ROLE} may ${action}`);
  }
}

/**
 * A consent is withdrawn by the agency that recorded it or the agency it names as recipient:
 * another agency may neither change it nor read it through the mutation's answer. One outside the
 * caller's part of the household's consents (visibleGrants) is answered as if it did not exist,
 * with the same words as an unknown id, so that trying ids tells no agency of another's consent
 * (nor its state: this is checked before whether it was withdrawn or has expired). An agency of
 * the kind it names reads it, and is sent to the agency that recorded it.
 */
export function assertMayWithdraw(caller: Caller, grant: ConsentGrant, askedFor: string): void {
  if (caller.agencyId === grant.recordedByAgencyId || caller.agencyId === grant.recipientAgencyId) {
    return;
  }
  if (visibleGrants([grant], caller).length === 0) throw noConsent(askedFor);
  throw forbidden(
    `consent ${grant.id} names your kind of agency; it can be withdrawn only by the agency that recorded it (${grant.recordedByAgencyId})`,
  );
}

/** The answer for a consent id the caller cannot see, whether or not it exists. */
export const noConsent = (id: string): GraphQLError => notFound(`no consent ${id}`);

/**
 * Who audits what an agency did (the access log, the consents it recorded): its data-protection
 * officer, declaring that purpose.
 */
export function assertMaySupervise(caller: Caller, action: string): void {
  if (!caller.roles.includes(ACCESS_LOG_READER_ROLE)) {
    throw forbidden(`only a user with the role ${ACCESS_LOG_READER_ROLE} may ${action}`);
  }
  if (caller.purpose !== ACCESS_LOG_PURPOSE) {
    throw forbidden(`only with the declared purpose ${ACCESS_LOG_PURPOSE} may a user ${action}`);
  }
}
