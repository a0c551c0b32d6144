import type { CodegenConfig } from '@graphql-codegen/cli';
import { KIND_TABLE } from './src/model/kind-table.js';

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
          // Every record kind's type (KIND_TABLE's label) is resolved from its RecordOf, which
          // mappers.ts exports as `<label>Record`.
          ...Object.fromEntries(KIND_TABLE.map(({ label }) => [label, `../mappers.js#${label}Record`])),
          TraceFinding: '../mappers.js#TraceFindingRecord',
          RecordMeta: '../mappers.js#StoredRecord',
          SearchHit: '../mappers.js#SearchHitRecord',
          Trace: '../mappers.js#TraceRecord',
          TraceNode: '../mappers.js#TraceNodeRecord',
          TraceHop: '../mappers.js#TraceHopRecord',
          TracePath: '../mappers.js#TracePathRecord',
          TrailEnd: '../mappers.js#TrailEndRecord',
          DeadEnd: '../mappers.js#DeadEndRecord',
          SupportLine: '../mappers.js#SupportLineRecord',
          CitationCycle: '../mappers.js#CitationCycleRecord',
          QuoteDrift: '../mappers.js#QuoteDriftRecord',
          Conflicts: '../mappers.js#ConflictsRecord',
          Dependent: '../mappers.js#DependentRecord',
          DisputeTrail: '../mappers.js#DisputeTrailRecord',
        },
      },
    },
  },
};

export default config;
