/**
 * The client ships its TypeScript sources: a front end's compiler checks them under the front
 * end's own options, which may be stricter than this repository's.
 */
import { join } from 'node:path';
import ts from 'typescript';

const CLIENT_SRC = __dirname;

/**
 * A front end's options: strict, and the stricter flags some front-end templates switch on (an
 * Angular project's tsconfig has noPropertyAccessFromIndexSignature, for instance).
 */
const CONSUMER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  paths: { '@wohnnetz/client': [join(CLIENT_SRC, 'index.ts')] },
};

/** The compiler's complaints about `roots` (and all they import), under the consumer's options. */
function diagnostics(roots: string[], inMemory: Map<string, string> = new Map()): string[] {
  const host = ts.createCompilerHost(CONSUMER_OPTIONS);
  const onDisk = {
    fileExists: host.fileExists.bind(host),
    readFile: host.readFile.bind(host),
    getSourceFile: host.getSourceFile.bind(host),
  };
  host.fileExists = (file) => inMemory.has(file) || onDisk.fileExists(file);
  host.readFile = (file) => inMemory.get(file) ?? onDisk.readFile(file);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const text = inMemory.get(file);
    return text === undefined
      ? onDisk.getSourceFile(file, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(file, text, languageVersion);
  };
  const program = ts.createProgram(roots, CONSUMER_OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}: ${message}`;
  });
}

describe("the client under a front end's compiler options", () => {
  test('its sources compile', () => {
    expect(diagnostics([join(CLIENT_SRC, 'index.ts')])).toEqual([]);
  }, 60_000);
});
