import type { NextFunction, Request, Response } from 'express';

/**
 * Answers body-parser failures (too large, malformed JSON) as GraphQL-shaped JSON errors with a
 * stable code instead of Express's HTML page, with the request id where one was given
 * (`res.locals.requestId`, the gateway's).
 */
export function jsonBodyErrors(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const type = (error as { type?: string } | null)?.type;
  const refuse = (status: number, message: string, code: string) => {
    const requestId = res.locals.requestId as string | undefined;
    res.status(status).json({
      errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
    });
  };
  if (type === 'entity.too.large')
    return refuse(413, 'request body too large', 'PAYLOAD_TOO_LARGE');
  if (type === 'entity.parse.failed') {
    return refuse(400, 'request body is not valid JSON', 'BAD_REQUEST');
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
