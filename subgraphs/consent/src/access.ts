import type { Caller } from '@wohnnetz/service-kit';
import { forbidden } from './errors';

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
 * another agency may neither change it nor read it through the mutation's answer.
 */
export function assertMayWithdraw(
  caller: Caller,
  grant: { id: string; recordedByAgencyId: string; recipientAgencyId?: string | null },
): void {
  if (caller.agencyId !== grant.recordedByAgencyId && caller.agencyId !== grant.recipientAgencyId) {
    throw forbidden(
      `consent ${grant.id} can be withdrawn only by the agency that recorded it or its recipient`,
    );
  }
}

export function assertMayReadAccessLog(caller: Caller): void {
  if (!caller.roles.includes(ACCESS_LOG_READER_ROLE)) {
    throw forbidden(`only a user with the role ${ACCESS_LOG_READER_ROLE} may read the access log`);
  }
  if (caller.purpose !== ACCESS_LOG_PURPOSE) {
    throw forbidden(`reading the access log needs the declared purpose ${ACCESS_LOG_PURPOSE}`);
  }
}
