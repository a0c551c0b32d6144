import { TRACE_LIMITS } from '../src/provenance/trace-limits.js';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../src/config/env.js';
import { queryCost } from '../src/graphql/limits/query-cost.js';
import { buildSchema } from '../src/graphql/schema.js';

/** The cost model on its own (no database): what each shape of query is priced at. */
const schema = buildSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [queryCost] });

describe('query cost', () => {
  it('prices the README examples as the README says', () => {
    expect(cost('{ claims(first: 100) { edges { node { citations { source { citations { id } } } } } } }')).toBe(1_020_301);
    expect(cost('{ claims(first: 5) { edges { node { citations(first: 5) { id } } } } }')).toBe(41);
  });

  it('multiplies by first, defaults included, and by variables', () => {
    expect(cost('{ claims { edges { node { id } } } }')).toBe(1 + 20 * 3);
    expect(cost('{ claims(first: 1) { edges { node { id } } } }')).toBe(1 + 3);
    expect(cost('query ($n: Int) { claims(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(1 + 50 * 3);
  });

  it('multiplies record lists without first by their bound, and nested lists multiply', () => {
    // Route.via holds at most 100 places (the write path's bound).
    expect(cost('{ route(id: "route:x") { via { name } } }')).toBe(1 + (1 + 100 * 1));
    expect(cost('{ claim(id: "claim:x") { citations(first: 10) { speakers { name } } } }')).toBe(1 + (1 + 10 * (1 + 100)));
  });

  it('adds the work of trace, dependents and search however little they select', () => {
    expect(cost('{ trace(claimId: "claim:x") { truncated } }')).toBe(1 + 500 + 1);
    expect(cost('{ dependents(sourceId: "source:x") { alone } }')).toBe(1 + 2000 + 500 * 1);
    expect(cost('{ search(text: "x", first: 10) { score } }')).toBe(1 + 50 + 10 * 1);
  });

  it('prices a trace by what its lists can hold', () => {
    expect(cost('{ trace(claimId: "claim:x") { hops { quote } } }')).toBe(1 + 500 + (1 + 2000 * 1));
  });

  it('prices the lines of support by what they can list in all, not as a product: sources within maxVoiceSteps, upstream sources a partition', () => {
    const perLine = Math.ceil(TRACE_LIMITS.maxVoiceSteps / 4001);
    expect(cost('{ trace(claimId: "claim:x") { corroboration { sources { id } upstream { id } } } }')).toBe(1 + 500 + (1 + 4001 * (1 + perLine * 1 + 1 + 1)));
  });

  it('lets a trace that asks for every field through the default limit', () => {
    const everything = `{ trace(claimId: "claim:x", maxDepth: 20) {
      maxDepthReached truncated circular independentLines
      nodes { source { id title } depth role }
      hops { citation { id } from { id } to { id } quote stance locator depth }
      paths { sourceIds citationIds restsOnRetracted end { kind source { id } explanation } }
      origins { id } deadEnds { source { id } explanation }
      corroboration { sources { id } upstream { id } } cycles { sources { id } }
      drift { from { id } to { id } numbersAdded numbersRemoved namesAdded namesRemoved similarity }
      driftLimits { pairsCompared pairsSkipped quotesClipped }
      conflicts { disputing { id } contradictingClaims { id } } retracted { id } } }`;
    expect(cost(everything)).toBeLessThanOrEqual(loadConfig({}).GRAPHQL_MAX_COST);
  });

  it('prices introspection as one field, whatever it selects', () => {
    expect(cost('{ __schema { types { fields { args { type { name } } } } } }')).toBe(1);
  });
});
