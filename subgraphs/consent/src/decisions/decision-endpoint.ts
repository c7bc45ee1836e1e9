/**
 * POST /internal/consent-decisions: the other subgraphs' batched decision requests. The caller
 * is taken from the gateway token the subgraph received (verified here for that subgraph and
 * that operation: query, operation name and variables), never from the request body, so a
 * subgraph cannot ask in another's name.
 */
import {
  DECISIONS_PATH,
  decodeBatch,
  encodeAnswer,
  type DecisionBatch,
  type LogOutcome,
} from '@wohnnetz/consent-enforcement';
import { consentPolicy } from '@wohnnetz/consent-policy';
import {
  InternalTokenError,
  MAX_SUBGRAPH_BODY_BYTES,
  SUBGRAPH_NAMES,
  jsonBodyErrors,
  verifyInternalToken,
  type SubgraphDeps,
  bearerToken,
  describeForLog,
} from '@wohnnetz/service-kit';
import express, { type Express, type Request, type Response } from 'express';
import { decideAndLog, requestGrantsOf } from './registry-decisions';

/**
 * A call carries the operation its gateway token was issued for (as large as a subgraph call may
 * be) and a batch of at most MAX_DECISIONS_PER_CALL decisions and households (under 2 MiB; the
 * limit leaves twice that).
 */
const MAX_DECISION_CALL_BYTES = MAX_SUBGRAPH_BODY_BYTES + 4 * 1024 * 1024;

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

export function decisionEndpoint(app: Express, { orm, gatewayKeys }: SubgraphDeps): void {
  const grants = requestGrantsOf(orm);
  app.post(
    DECISIONS_PATH,
    express.json({ limit: MAX_DECISION_CALL_BYTES }),
    jsonBodyErrors,
    async (req: Request, res: Response) => {
      const body = (req.body ?? {}) as Partial<DecisionBatch>;
      const token = bearerToken(req.headers.authorization);
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
      const decoded = decodeBatch(body, consentPolicy().categories);
      if (typeof decoded === 'string') return fail(res, 400, 'BAD_REQUEST', decoded);
      const { requests, households } = decoded;
      let batch;
      try {
        batch = await decideAndLog(orm.em.fork(), grants, caller, requests, households);
      } catch (error) {
        console.error(
          `consent decisions failed (request ${caller.requestId}):`,
          describeForLog(error, { stack: true }),
        );
        return fail(res, 503, 'CONSENT_UNAVAILABLE', 'decisions could not be made');
      }
      // The decisions at once, the log write's outcome when it is known (decision-wire.ts).
      res.status(200).type('application/x-ndjson');
      res.write(`${JSON.stringify(encodeAnswer(batch.decisions))}\n`);
      const outcome: LogOutcome = await batch.logged.then(
        () => ({ logged: true }),
        (error: unknown) => {
          console.error(
            `the access-log write failed (request ${caller.requestId}):`,
            describeForLog(error, { stack: true }),
          );
          return { logged: false };
        },
      );
      res.end(`${JSON.stringify(outcome)}\n`);
    },
  );
}
