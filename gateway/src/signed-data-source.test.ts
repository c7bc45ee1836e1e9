import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateGatewaySigningKeys } from '@wohnnetz/service-kit';
import { SignedDataSource } from './signed-data-source';
import type { GatewayContext } from './request-context';

/**
 * Stands in for a subgraph: on /hang it takes the call and never answers (a subgraph that hangs),
 * on /proxy-503 and /refused it answers 503 (a proxy in its place) and 401 (the subgraph itself).
 */
let hanging: Server;
let base: string;

beforeAll(async () => {
  hanging = createServer((req, res) => {
    if (req.url === '/proxy-503')
      res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503</h1>');
    else if (req.url === '/refused')
      res.writeHead(401, { 'content-type': 'application/json' }).end('{}');
    else if (req.url === '/refused-saying-why')
      res.writeHead(401, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          errors: [
            {
              message:
                'gateway token rejected: Expected 200 OK from the JSON Web Key Set HTTP response',
              extensions: { code: 'UNAUTHENTICATED' },
            },
            { message: 'a second line\nforged', extensions: { code: 'x\ny' } },
            {
              message: 'Variable "$input" got invalid value { grantorName: "Secret-Grantor" }',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
          data: { households: { nodes: [{ familyName: 'Secret-Household' }] } },
        }),
      );
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
});

afterAll(async () => {
  hanging.closeAllConnections();
  await new Promise((resolve) => hanging.close(resolve));
});

/** What the data source logged (console.error) during the last send(). */
let logged: string[] = [];

/** Sends a call as process() does once it is signed (sendRequest is not in the typed API). */
async function send(path: string, query: string): Promise<unknown> {
  const keys = await generateGatewaySigningKeys();
  const url = `${base}${path}`;
  const source = new SignedDataSource('housing', url, keys.active, 1_000_000, 200);
  const sendRequest = (
    source as unknown as { sendRequest: (...args: unknown[]) => Promise<unknown> }
  ).sendRequest;
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await sendRequest.call(
      source,
      { query, http: { url, method: 'POST', headers: new Map() } },
      { requestId: 'request-1' } as GatewayContext,
    );
  } finally {
    logged = spy.mock.calls.map((call) => call.map(String).join(' '));
    spy.mockRestore();
  }
}

const READ = '{ households(first: 1) { totalCount } }';
const CHANGE = 'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }';
const unavailable = (what: string) => ({
  message: `the housing service did not answer: its fields are null in this answer (withheld, not empty); ${what}`,
  extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'housing' },
});

test('a subgraph that does not answer in time withholds its fields: SERVICE_UNAVAILABLE', async () => {
  const started = Date.now();
  await expect(send('/hang', READ)).rejects.toMatchObject(unavailable('ask again later'));
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a mutation that got no answer: whether it was made is unknown', async () => {
  await expect(send('/hang', CHANGE)).rejects.toMatchObject(
    unavailable('whether it made the change asked for is unknown: look before repeating it'),
  );
});

test("a proxy's 503 in the subgraph's place is a service that did not answer", async () => {
  await expect(send('/proxy-503', READ)).rejects.toMatchObject(unavailable('ask again later'));
});

test("the subgraph's own refusal stays the gateway's internal error", async () => {
  await expect(send('/refused', READ)).rejects.toMatchObject({
    message: 'subgraph housing refused the call',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
});

test("the subgraph's reason for a refusal is logged with the request id, never its data or variables", async () => {
  await expect(send('/refused-saying-why', READ)).rejects.toMatchObject({
    message: 'subgraph housing refused the call',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  expect(logged).toEqual([
    'subgraph housing refused the call (request request-1): answered 401 Unauthorized: ' +
      '"gateway token rejected: Expected 200 OK from the JSON Web Key Set HTTP response" (UNAUTHENTICATED); ' +
      'message not logged: it may quote the call ("x\\ny"); ' +
      'message not logged: it may quote the call (BAD_USER_INPUT)',
  ]);
  // A variable's value, as Apollo quotes it in a refusal, is no more logged than the data.
  expect(logged.join('\n')).not.toMatch(/Secret-Household|Secret-Grantor/);
});

test('a refusal whose answer lists no errors says so', async () => {
  await expect(send('/refused', READ)).rejects.toThrow('subgraph housing refused the call');
  expect(logged).toEqual([
    'subgraph housing refused the call (request request-1): answered 401 Unauthorized: its answer names no errors',
  ]);
});
