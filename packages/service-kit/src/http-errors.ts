import type { NextFunction, Request, Response } from 'express';

/**
 * Answers body-parser failures (too large, malformed JSON) as GraphQL-shaped JSON errors with a
 * stable code instead of Express's HTML page.
 */
export function jsonBodyErrors(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: 'request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    return;
  }
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  next(error);
}

/** Largest request body a client may send the gateway. */
export const MAX_BODY_SIZE = '64kb';

/**
 * Largest request body of a call to a subgraph's GraphQL endpoint. The gateway writes these: an
 * entity call carries one representation per entity the page refers to, and a list without a
 * page size (a household's consents, each referring to its household) does not bound how many,
 * so a client's 64 kB query can need far more. 4 MiB carry about 59,000 household references.
 */
export const MAX_SUBGRAPH_BODY_BYTES = 4 * 1024 * 1024;
