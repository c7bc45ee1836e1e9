/**
 * The client ships its TypeScript sources: a front end's compiler checks them under the front
 * end's own options, which may be stricter than this repository's. And the README's samples are
 * what an integrator copies first: each must compile against the client as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// The client is an ES module, but Jest runs this file compiled to CommonJS (jest.config.js).
const CLIENT_SRC = __dirname;
const README = join(CLIENT_SRC, '..', 'README.md');
/** The repository's root: its node_modules holds @wohnnetz/client as an integrator's would. */
const REPO_ROOT = join(CLIENT_SRC, '..', '..', '..');

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

/**
 * A front end checked as Node checks it: the option set `tsc --init` writes (TypeScript 5.9:
 * module nodenext, verbatimModuleSyntax, declaration, noUncheckedSideEffectImports, moduleDetection
 * force, …), with the stricter flags above. Its files are ECMAScript modules (.mts here), and it
 * finds @wohnnetz/client as Node does: in node_modules, by the package's `main`, an ES module
 * by its `"type": "module"`. Were the client CommonJS, verbatimModuleSyntax would refuse its
 * import and export syntax (TS1287, TS1295).
 */
const NODENEXT_OPTIONS: ts.CompilerOptions = {
  ...CONSUMER_OPTIONS,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  declaration: true,
  noUncheckedSideEffectImports: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
  paths: undefined,
};

/**
 * The names the README's samples take as given, as a front end would have them: its session,
 * the household it shows, its own UI functions, and what an earlier sample made.
 */
const PLACEHOLDERS = `
import {
  createWohnnetzClient as __createClient,
  RecordConsentDocument as __RecordConsentDocument,
  type OperationResult as __OperationResult,
  type RecordConsentInput as __RecordConsentInput,
  type RecordConsentMutation as __RecordConsentMutation,
} from '@wohnnetz/client';
declare const session: { accessToken(): Promise<string>; signInAgain(): Promise<void> };
declare const householdId: string;
declare function showConsentHint(field: string, category: string, purpose: string): void;
declare function showNeverReleased(field: string): void;
declare function openConsentForm(draft: Partial<__RecordConsentInput>): void;
declare const client: ReturnType<typeof __createClient>;
declare const result: __OperationResult;
declare const recorded: __OperationResult<__RecordConsentMutation>;
declare const consent: __RecordConsentMutation['recordConsent'];
void __RecordConsentDocument;
`;

/** Each \`\`\`ts block of the README: its imports, hoisted, and its statements in a scope of their own. */
function readmeSamples(extension = 'ts'): { name: string; source: string }[] {
  const blocks = [...readFileSync(README, 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)];
  return blocks.map((match, index) => {
    const lines = match[1]!.split('\n');
    // An import statement may span lines: up to the line that ends it.
    const imports: string[] = [];
    const body: string[] = [];
    let inImport = false;
    for (const line of lines) {
      if (line.startsWith('import ') || inImport) {
        imports.push(line);
        inImport = !/;\s*$/.test(line);
      } else {
        body.push(line);
      }
    }
    return {
      name: `readme-sample-${index + 1}.${extension}`,
      source: `${imports.join('\n')}\n${PLACEHOLDERS}\n{\n${body.join('\n')}\n}\nexport {};\n`,
    };
  });
}

/** The compiler's complaints about `roots` (and all they import), under the consumer's options. */
function diagnostics(
  roots: string[],
  inMemory: Map<string, string> = new Map(),
  options: ts.CompilerOptions = CONSUMER_OPTIONS,
): string[] {
  const host = ts.createCompilerHost(options);
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
  const program = ts.createProgram(roots, options, host);
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

  test("the README's samples compile against it", () => {
    const samples = readmeSamples();
    expect(samples.length).toBeGreaterThanOrEqual(8);
    const files = new Map(
      samples.map(({ name, source }) => [join(CLIENT_SRC, '__readme__', name), source]),
    );
    expect(diagnostics([...files.keys()], files)).toEqual([]);
  }, 60_000);

  test('TypeScript takes its files as ES modules under moduleResolution nodenext', () => {
    const sources = readdirSync(CLIENT_SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => join(CLIENT_SRC, file));
    expect(sources).toContain(join(CLIENT_SRC, 'generated', 'graphql.ts'));
    const commonJs = sources.filter(
      (file) =>
        ts.getImpliedNodeFormatForFile(file, undefined, ts.sys, NODENEXT_OPTIONS) !==
        ts.ModuleKind.ESNext,
    );
    expect(commonJs).toEqual([]);
  });

  test('its sources compile under nodenext with verbatimModuleSyntax', () => {
    expect(diagnostics([join(CLIENT_SRC, 'index.ts')], new Map(), NODENEXT_OPTIONS)).toEqual([]);
  }, 60_000);

  test("the README's samples compile under nodenext with verbatimModuleSyntax, importing the package from node_modules", () => {
    const files = new Map(
      readmeSamples('mts').map(({ name, source }) => [join(REPO_ROOT, '__readme__', name), source]),
    );
    expect(diagnostics([...files.keys()], files, NODENEXT_OPTIONS)).toEqual([]);
  }, 60_000);
});
