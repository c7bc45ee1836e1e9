import type { ConsentPolicy } from '@wohnnetz/consent-policy';
import { GraphQLError } from 'graphql';
import type { AgencyUser } from './agency-user';

export const PURPOSE_HEADER = 'x-purpose';

/**
 * The purpose the request declares in `X-Purpose`: one of the policy's purposes, and one the
 * user's roles may declare.
 */
export function declaredPurpose(
  header: string | string[] | undefined,
  user: AgencyUser,
  policy: ConsentPolicy,
  requestId: string,
): string {
  const purpose = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  if (!policy.purposes.has(purpose)) {
    throw new GraphQLError(
      purpose
        ? `unknown purpose "${purpose}"; declare one of: ${[...policy.purposes].join(', ')}`
        : `declare the purpose of the request in the X-Purpose header: one of ${[...policy.purposes].join(', ')}`,
      { extensions: { code: 'PURPOSE_REQUIRED', requestId, http: { status: 400 } } },
    );
  }
  if (!policy.permitsPurpose(user.roles, purpose, user.agencyKind)) {
    throw new GraphQLError(
      user.roles.length > 1
        ? `the roles ${user.roles.join(', ')} may not declare ${purpose}`
        : user.roles.length === 1
          ? `the role ${user.roles[0]} may not declare ${purpose}`
          : `no role of the token is meant for a ${user.agencyKind}, so it may declare no purpose`,
      {
        extensions: { code: 'FORBIDDEN', requestId, http: { status: 403 } },
      },
    );
  }
  return purpose;
}
