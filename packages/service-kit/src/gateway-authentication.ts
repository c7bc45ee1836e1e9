import type { NextFunction, Request, Response } from 'express';
import type { GatewayCredentials } from '@wohnnetz/consent-enforcement';
import type { JWTVerifyGetKey } from 'jose';
import { bearerToken } from './http-errors';
import { InternalTokenError, verifyInternalToken, type Caller } from './internal-token';

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Express middleware in front of a subgraph's GraphQL endpoint (POST only): only requests that
 * carry a valid gateway token for this subgraph and this very operation (query, operation name and
 * variables) get through (`_entities` and `_service` included); everything else is answered 401
 * before anything is executed.
 */
export function requireGatewayToken(subgraph: string, keys: JWTVerifyGetKey) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return refuse(res, 401, 'UNAUTHENTICATED', 'a gateway token is required');
    const body = (req.body ?? {}) as {
      query?: unknown;
      operationName?: unknown;
      variables?: unknown;
    };
    try {
      const caller: Caller = await verifyInternalToken(token, keys, subgraph, body);
      const credentials: GatewayCredentials = {
        subgraph,
        token,
        operation: {
          query: body.query as string,
          // Verified above: a string, or absent or null.
          operationName: (body.operationName as string | null | undefined) ?? null,
          variables: body.variables ?? {},
        },
      };
      res.locals.caller = caller;
      res.locals.credentials = credentials;
      next();
    } catch (error) {
      if (!(error instanceof InternalTokenError)) throw error;
      refuse(res, 401, 'UNAUTHENTICATED', error.message);
    }
  };
}
