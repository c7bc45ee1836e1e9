import type { AgencyUser } from './auth/agency-user';

/** Per request at the gateway: who asks, for which purpose, under which request id. */
export interface GatewayContext {
  user: AgencyUser;
  purpose: string;
  requestId: string;
}
