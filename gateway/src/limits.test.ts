import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { parse } from 'graphql';
import { limitOf } from './limits';

const parseFailed = (message: string) => ({
  message,
  extensions: { code: 'GRAPHQL_PARSE_FAILED' },
});

/** The parser's own error for a document, as Apollo Server formats it. */
function parseError(document: string): string {
  try {
    parse(document, { maxTokens: 2000 });
  } catch (error) {
    return (error as Error).message;
  }
  return 'parsed';
}

/** The same, parsed on a small stack (a thread of its own with 400 kB). */
async function parseErrorOnSmallStack(document: string): Promise<string> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     try { require('graphql').parse(workerData, { maxTokens: 2000 }); parentPort.postMessage('parsed'); }
     catch (error) { parentPort.postMessage(error.message); }`,
    { eval: true, workerData: document, resourceLimits: { stackSizeMb: 0.4 } },
  );
  const [message] = (await once(worker, 'message')) as [string];
  await worker.terminate();
  return message;
}

describe('limitOf: a parse that failed on a limit is reported with its code', () => {
  test('more tokens than allowed: QUERY_TOO_LARGE, without "Syntax Error: "', () => {
    const message = parseError(`{ ${'a '.repeat(2001)} }`);
    expect(limitOf(parseFailed(message))).toEqual({
      code: 'QUERY_TOO_LARGE',
      message: 'Document contains more that 2000 tokens. Parsing aborted.',
    });
  });

  test('a parser out of stack (a value nested too deeply): QUERY_TOO_LARGE, in words of its own', async () => {
    const depth = 1_900; // within the token limit
    const message = await parseErrorOnSmallStack(
      `{ a(id: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) }`,
    );
    expect(message).toMatch(/Maximum call stack size exceeded/);
    expect(limitOf(parseFailed(message))).toEqual({
      code: 'QUERY_TOO_LARGE',
      message: 'the document is nested too deeply',
    });
  });

  test('a syntax error is none, nor is an error of another kind', () => {
    expect(limitOf(parseFailed(parseError('{ a(')))).toBeUndefined();
    expect(
      limitOf({ message: 'Maximum call stack size exceeded', extensions: { code: 'X' } }),
    ).toBeUndefined();
  });
});
