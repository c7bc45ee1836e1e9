import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for every subgraph (mapped to its MikroORM entities and typed with its context)
 * and the typed client for integrators. `pnpm codegen` writes them; the test command checks that
 * they are up to date.
 */
type Mappers = Record<string, string>;

const SUBGRAPH_MAPPERS: Record<string, Mappers> = {
  housing: {
    Household: '../entities/household.entity#Household',
    HouseholdMember: '../entities/household-member.entity#HouseholdMember',
  },
  jobcenter: {
    Household: '@wohnnetz/service-kit#HouseholdReference',
    BenefitCase: '../entities/benefit-case.entity#BenefitCase',
    TenancyWarning: '../entities/tenancy-warning.entity#TenancyWarning',
  },
  welfare: {
    Household: '@wohnnetz/service-kit#HouseholdReference',
    SupportCase: '../entities/support-case.entity#SupportCase',
    WelfareProvider: '../entities/welfare-provider.entity#WelfareProvider',
  },
  landlords: {
    Household: '@wohnnetz/service-kit#HouseholdReference',
    Tenancy: '../entities/tenancy.entity#Tenancy',
    HousingUnit: '../entities/housing-unit.entity#HousingUnit',
    Landlord: '../entities/landlord.entity#Landlord',
  },
  training: {
    Household: '@wohnnetz/service-kit#HouseholdReference',
    Enrollment: '../entities/enrollment.entity#Enrollment',
    Course: '../entities/course.entity#Course',
  },
  consent: {
    Household: '@wohnnetz/service-kit#HouseholdReference',
    Agency: '../entities/agency.entity#Agency',
    ConsentGrant: '../entities/consent-grant.entity#ConsentGrant',
    RetentionRun: '../entities/retention-run.entity#RetentionRun',
  },
};

const contextTypeName = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}Context`;

const subgraphTargets = Object.fromEntries(
  Object.entries(SUBGRAPH_MAPPERS).map(([name, mappers]) => [
    `subgraphs/${name}/src/generated/resolvers-types.ts`,
    {
      schema: ['schema/consent-directives.graphql', `subgraphs/${name}/src/schema.graphql`],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: `../context#${contextTypeName(name)}`,
        mappers,
        mapperTypeSuffix: 'Model',
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  ]),
);

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  generates: {
    ...subgraphTargets,
    'packages/client/src/generated/': {
      schema: 'schema/api.graphql',
      documents: ['packages/client/src/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Each enum of the API is a const object (its values, for a front end's select box) and a
        // type of the same name (the union of its values); the values are its keys unchanged.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        useTypeImports: true,
        // The client is an ES module ("type": "module"): its relative imports name the file as Node
        // and TypeScript's nodenext resolve it, with .js.
        emitLegacyCommonJSImports: false,
        // Every id of the API is a string (a UUID, an agency's id): a number would be refused.
        scalars: { ID: { input: 'string', output: 'string' } },
      },
    },
  },
};

export default config;
