import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DecisionRequest } from '@wohnnetz/consent-policy';
import { DECISIONS_PATH, httpDecisionService } from './decision-service';

const caller = {
  actor: 'tester',
  agencyId: 'housing-hagen',
  agencyKind: 'HOUSING_OFFICE',
  roles: ['caseworker'],
  purpose: 'EVICTION_PREVENTION',
  requestId: 'r1',
  operationType: 'query' as const,
};
const credentials = {
  subgraph: 'jobcenter',
  token: 't',
  operation: { query: '{ x }', operationName: null, variables: {} },
};
const requests: DecisionRequest[] = [
  {
    householdId: '11111111-1111-4111-8111-111111111111',
    category: 'INCOME_BENEFITS',
    field: 'Household.benefitCase',
    subgraph: 'jobcenter',
    ownerAgencyIds: ['jobcenter-hagen'],
  },
];
const PARAGRAPH = '§ 69 Abs. 1 Nr. 1 SGB X';

/** A registry stand-in that sends `body` one byte at a time (characters split across chunks). */
async function registrySending(body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      if (req.url !== DECISIONS_PATH) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      for (const byte of Buffer.from(body, 'utf8')) {
        res.write(Buffer.from([byte]));
        await new Promise((resolve) => setImmediate(resolve));
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections(); // the client keeps its connections alive
  await new Promise((resolve) => server.close(resolve));
}

const answer = `${JSON.stringify({ outcomes: [[true, 'STATUTORY', 0]], references: [PARAGRAPH] })}\n`;

describe('the registry client', () => {
  test.each([
    ['confirmed', `${answer}{"logged":true}\n`, true],
    ['reported as failed', `${answer}{"logged":false}\n`, false],
    ['never confirmed (the answer ends after the decisions)', answer, false],
  ])('reads the decisions at once; a log write %s', async (_case, body, confirmed) => {
    const { url, server } = await registrySending(body);
    try {
      const batch = await httpDecisionService(url).decide(caller, credentials, requests);
      expect(batch.decisions).toEqual([
        { ...requests[0], released: true, basis: 'STATUTORY', reference: PARAGRAPH },
      ]);
      if (confirmed) await expect(batch.logged).resolves.toBeUndefined();
      else await expect(batch.logged).rejects.toThrow(/did not confirm the access-log write/);
    } finally {
      await stop(server);
    }
  });

  test('refuses an answer without a decision per request', async () => {
    const { url, server } = await registrySending('{"outcomes":[],"references":[]}\n');
    try {
      await expect(httpDecisionService(url).decide(caller, credentials, requests)).rejects.toThrow(
        /without a decision per request/,
      );
    } finally {
      await stop(server);
    }
  });

  test.each([
    ['released without a basis', [[true]]],
    ['released on a basis that withholds', [[true, 'NOT_REACHED', null]]],
    ['released on a basis it does not know', [[true, 'TRUSTED', null]]],
    ['released on a reference it does not carry', [[true, 'STATUTORY', 3]]],
    ['no outcome but a value', [null]],
    ['released as a string', [['true', 'STATUTORY', 0]]],
  ])('refuses an answer with an outcome %s', async (_case, outcomes) => {
    const { url, server } = await registrySending(
      `${JSON.stringify({ outcomes, references: [PARAGRAPH] })}\n{"logged":true}\n`,
    );
    try {
      await expect(httpDecisionService(url).decide(caller, credentials, requests)).rejects.toThrow(
        /without a decision per request/,
      );
    } finally {
      await stop(server);
    }
  });
});
