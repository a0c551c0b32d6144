import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The SDL in schema/ is the source of truth; this generates the resolver types from it.
 * `npm run codegen` writes src/graphql/generated/resolvers-types.ts (never edit it by hand);
 * `npm run codegen:check` fails when that file is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#RequestContext',
        scalars: { DateTime: 'string', PartialDate: 'string' },
        mappers: {
          Actor: '../mappers.js#ActorRecord',
          Place: '../mappers.js#PlaceRecord',
          Chemical: '../mappers.js#ChemicalRecord',
          Route: '../mappers.js#RouteRecord',
          Source: '../mappers.js#SourceRecord',
          Claim: '../mappers.js#ClaimRecord',
          Citation: '../mappers.js#CitationRecord',
          Review: '../mappers.js#ReviewRecord',
          RecordMeta: '../mappers.js#StoredRecord',
          SearchHit: '../mappers.js#SearchHitRecord',
        },
      },
    },
  },
};

export default config;
