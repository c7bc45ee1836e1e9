import type { NextFunction, Request, Response } from 'express';
import { describeForLog } from './error-log';

/**
 * Answers an HTTP-level refusal as a GraphQL-shaped JSON error with a stable code, and the request
 * id where one was given (`res.locals.requestId`, the gateway's).
 */
export function sendError(res: Response, status: number, message: string, code: string): void {
  const requestId = res.locals.requestId as string | undefined;
  res.status(status).json({
    errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
  });
}

/**
 * Answers body-parser failures as JSON errors instead of Express's HTML page (which shows a stack
 * trace outside NODE_ENV=production): a body too large, one in a charset or content encoding that
 * is not supported, one that is no JSON or cannot be read.
 */
export function jsonBodyErrors(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  if (type === 'entity.too.large') {
    return sendError(res, 413, 'request body too large', 'PAYLOAD_TOO_LARGE');
  }
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return sendError(
      res,
      415,
      'the request body must be JSON in UTF-8, uncompressed, gzip or deflate',
      'UNSUPPORTED_MEDIA_TYPE',
    );
  }
  if (type === 'entity.parse.failed') {
    return sendError(res, 400, 'request body is not valid JSON', 'BAD_REQUEST');
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendError(res, 400, 'request body could not be read', 'BAD_REQUEST');
  }
  next(error);
}

/**
 * A request is one GraphQL operation: a JSON object with a non-empty `query`, and where given a
 * string `operationName` and objects `variables` and `extensions`. Anything else (an empty
 * object, a batch, variables as a JSON string) is refused here with a code and the request id,
 * not by Apollo Server with a text of its own and no request id. A persisted query's hash without
 * its text is left to Apollo Server, which answers PERSISTED_QUERY_NOT_SUPPORTED (the hub keeps
 * none).
 */
export function oneOperation(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  const request =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as { query?: unknown; extensions?: { persistedQuery?: unknown } })
      : {};
  const { query, extensions } = request;
  const { operationName, variables } = request as { operationName?: unknown; variables?: unknown };
  const isObject = (value: unknown) =>
    value == null || (typeof value === 'object' && !Array.isArray(value));
  // Apollo Server refuses these itself, but answers with no request id.
  if (
    (operationName != null && typeof operationName !== 'string') ||
    !isObject(variables) ||
    !isObject(extensions)
  ) {
    return sendError(
      res,
      400,
      'the body must be one GraphQL operation: "operationName" a string, "variables" and "extensions" JSON objects, where given',
      'BAD_REQUEST',
    );
  }
  if (typeof query === 'string' && query.trim() !== '') return next();
  if (query === undefined && extensions?.persistedQuery !== undefined) return next();
  sendError(
    res,
    400,
    'the body must be one GraphQL operation: a JSON object with a non-empty "query" (batches are not accepted)',
    'BAD_REQUEST',
  );
}

/** After every route: a path no route serves is answered 404 as JSON, not as an HTML page. */
export function notFound(_req: Request, res: Response): void {
  sendError(res, 404, 'no such endpoint', 'NOT_FOUND');
}

/** The last handler of an app: an error nothing else answered is an internal one, as JSON. */
export function internalErrors(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (res.headersSent) return next(error);
  const requestId = res.locals.requestId as string | undefined;
  console.error(
    `internal error${requestId ? ` (request ${requestId})` : ''}:`,
    describeForLog(error, { stack: true }),
  );
  sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
}

/**
 * GraphQL is served over POST only: anything else gets 405 with the Allow header. Over GET,
 * household ids and other variables would stand in URLs, and so in every proxy's access log.
 */
export function postOnly(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST') return next();
  res.setHeader('allow', 'POST');
  sendError(res, 405, 'only POST is accepted', 'METHOD_NOT_ALLOWED');
}

/** `application/json`, with parameters or none, in any case. */
const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i;

/**
 * A GraphQL request is sent as JSON. Any other content type (a form, as `curl -d` sends without
 * one; plain text, XML) or none is refused 415 before Apollo Server reads the request, which would
 * answer 400 with advice about CSRF-prevention headers.
 */
export function jsonRequestsOnly(req: Request, res: Response, next: NextFunction): void {
  if (JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '')) return next();
  sendError(
    res,
    415,
    'send the operation as JSON, with the header content-type: application/json',
    'UNSUPPORTED_MEDIA_TYPE',
  );
}

/**
 * Content types a GraphQL answer is sent as, also with the charset Apollo Server sends (an Accept
 * entry with a parameter matches only an offer with it: `application/json; charset=utf-8`, as the
 * GraphQL-over-HTTP spec recommends clients send, must be met).
 */
const GRAPHQL_RESPONSE_TYPES = [
  'application/graphql-response+json; charset=utf-8',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'application/json',
];

/**
 * Refuses, before anything runs, a request that takes no JSON answer. Apollo Server picks the
 * answer's content type only after executing the operation: a mutation would be committed and
 * then answered 406, and a client that believed it would retry it.
 */
export function acceptsGraphQLResponse(req: Request, res: Response, next: NextFunction): void {
  if (req.accepts(GRAPHQL_RESPONSE_TYPES)) return next();
  sendError(
    res,
    406,
    'the Accept header must allow application/graphql-response+json or application/json',
    'NOT_ACCEPTABLE',
  );
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

/**
 * The token of an `Authorization: Bearer <token>` header: the scheme case-insensitive (RFC 9110
 * § 11.1), exactly one token after it; undefined for anything else.
 */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
}
