export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  /** The gateway's X-Request-Id (the access log's request id). */
  requestId: string | null;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** The answer's own extensions: the gateway names the request id there (`requestId`). */
  extensions?: Record<string, unknown>;
}

/** Posts a GraphQL operation and returns the HTTP status with the parsed body. */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  operationName?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const text = await response.text();
  let body: Omit<GraphQLResponse<Data>, 'status' | 'requestId'>;
  try {
    body = JSON.parse(text) as Omit<GraphQLResponse<Data>, 'status' | 'requestId'>;
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { ...body, status: response.status, requestId: response.headers.get('x-request-id') };
}
