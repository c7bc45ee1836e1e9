// Type checking is its own step of `pnpm test` (tsc); with `isolatedModules` in tsconfig.json
// ts-jest only transpiles.
//
// Jest runs every file as CommonJS. The typed client (packages/client) is an ES module
// ("type": "module", relative imports with .js, as Node and nodenext resolve them), which
// tsconfig.json's module nodenext would emit as an ES module that Jest cannot require. So ts-jest
// compiles with module CommonJS, and a relative import's .js names the .ts source beside it
// (ts-jest's recipe for ES module sources). For the repository's CommonJS files that emits the
// same code as nodenext, except that a dynamic import() becomes a require(). The override applies
// to every file: ts-jest shares one set of options between all its entries of `transform`
// (the first to compile a file wins), so it cannot be narrowed to the client's files.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/gateway', '<rootDir>/subgraphs', '<rootDir>/packages', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      // tsconfig.json (ts-jest reads it from rootDir), with these options over its own.
      { tsconfig: { module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};
