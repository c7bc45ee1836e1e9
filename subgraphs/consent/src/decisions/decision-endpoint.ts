/**
 * POST /internal/consent-decisions: the other subgraphs' batched decision requests. The caller
 * is taken from the gateway token the subgraph received (verified here for that subgraph and
 * that operation), never from the request body, so a subgraph cannot ask in another's name.
 */
import { DECISIONS_PATH, outcomeOf, type GatewayCredentials } from '@wohnnetz/consent-enforcement';
import { consentPolicy, type DecisionRequest } from '@wohnnetz/consent-policy';
import {
  InternalTokenError,
  SUBGRAPH_NAMES,
  isUuid,
  jsonBodyErrors,
  verifyInternalToken,
  type SubgraphDeps,
} from '@wohnnetz/service-kit';
import express, { type Express, type Request, type Response } from 'express';
import { decideAndLog } from './registry-decisions';

/** Largest batch one request may ask for (a page of 100 households, many guarded fields). */
const MAX_REQUESTS = 20_000;

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function validRequests(value: unknown, subgraph: string): DecisionRequest[] | string {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_REQUESTS) {
    return `requests must be a list of 1 to ${MAX_REQUESTS} decision requests`;
  }
  const policy = consentPolicy();
  for (const item of value as Partial<DecisionRequest>[]) {
    if (
      typeof item.householdId !== 'string' ||
      !isUuid(item.householdId) ||
      typeof item.category !== 'string' ||
      !policy.categories.has(item.category) ||
      typeof item.field !== 'string' ||
      item.subgraph !== subgraph ||
      !Array.isArray(item.ownerAgencyIds) ||
      !item.ownerAgencyIds.every((owner) => typeof owner === 'string')
    ) {
      return `malformed decision request: ${JSON.stringify(item).slice(0, 200)}`;
    }
  }
  return value as DecisionRequest[];
}

export function decisionEndpoint(app: Express, { orm, gatewayKeys }: SubgraphDeps): void {
  app.post(
    DECISIONS_PATH,
    express.json({ limit: '4mb' }),
    jsonBodyErrors,
    async (req: Request, res: Response) => {
      const body = (req.body ?? {}) as Partial<GatewayCredentials> & { requests?: unknown };
      const header = req.headers.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      const subgraph = body.subgraph;
      if (!token || typeof subgraph !== 'string' || !SUBGRAPH_NAMES.includes(subgraph as never)) {
        return fail(res, 401, 'UNAUTHENTICATED', 'a subgraph and its gateway token are required');
      }
      let caller;
      try {
        caller = await verifyInternalToken(token, gatewayKeys, subgraph, body.operation ?? {});
      } catch (error) {
        if (!(error instanceof InternalTokenError)) throw error;
        return fail(res, 401, 'UNAUTHENTICATED', error.message);
      }
      const requests = validRequests(body.requests, subgraph);
      if (typeof requests === 'string') return fail(res, 400, 'BAD_REQUEST', requests);
      try {
        const decisions = await decideAndLog(orm.em.fork(), caller, requests);
        res.json({ outcomes: decisions.map(outcomeOf) });
      } catch (error) {
        console.error('consent decisions failed:', error);
        fail(res, 503, 'CONSENT_UNAVAILABLE', 'decisions could not be made and logged');
      }
    },
  );
}
