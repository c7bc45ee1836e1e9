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

/** Largest accepted request body of the gateway and of each subgraph. */
export const MAX_BODY_SIZE = '64kb';
