// Lint for TypeScript (typescript-eslint, type-aware) and for every subgraph's SDL (graphql-eslint,
// each schema file checked as the federated schema it is).
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { parse, printSchema } from 'graphql';
import tseslint from 'typescript-eslint';

const SUBGRAPHS = ['housing', 'jobcenter', 'welfare', 'landlords', 'training', 'consent'];

// graphql-eslint builds federated schemas with a call @apollo/subgraph 2.15 no longer accepts,
// so each subgraph's schema is built here and handed to it as printed SDL.
// The consent directives are defined once in schema/ and prepended to every subgraph's SDL.
const subgraphSchema = (name) =>
  printSchema(
    buildSubgraphSchema(
      parse(
        readFileSync('schema/consent-directives.graphql', 'utf8') +
          readFileSync(`subgraphs/${name}/src/schema.graphql`, 'utf8'),
      ),
    ),
  );

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/generated/**',
      '**/migrations/Migration*.ts',
      '.data/**',
      'coverage/**',
      'schema/*.graphql',
      'packages/client/src/operations/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        globalThis: 'readonly',
      },
    },
  },
  {
    files: ['subgraphs/*/src/schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      // One graphql-config project per subgraph: each SDL file is checked against its own schema.
      parserOptions: {
        graphQLConfig: {
          projects: Object.fromEntries(
            SUBGRAPHS.map((name) => [
              name,
              { schema: subgraphSchema(name), include: `subgraphs/${name}/src/schema.graphql` },
            ]),
          ),
        },
      },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      // Short fields read best with an inline "description", types with a block one.
      '@graphql-eslint/description-style': 'off',
      '@graphql-eslint/strict-id-in-types': [
        'error',
        { exceptions: { suffixes: ['Connection', 'PageInfo'] } },
      ],
    },
  },
);
