// The quote drift tests are in quote-drift.unit.test.ts.
import { findCycles } from '../src/provenance/citation-cycles.js';

describe('findCycles', () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it('finds each loop once, from its smallest node', () => {
    const { cycles, complete } = findCycles(['a', 'b', 'c', 'd'], graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['c'] }));
    expect(complete).toBe(true);
    expect(cycles).toEqual([['a', 'b', 'c'], ['c', 'd']]);
  });

  it('finds none in a DAG', () => {
    expect(findCycles(['a', 'b', 'c'], graph({ a: ['b', 'c'], b: ['c'] })).cycles).toEqual([]);
  });

  it('stops at its bound and says it did', () => {
    // A complete graph on 8 nodes has thousands of elementary cycles.
    const nodes = 'abcdefgh'.split('');
    const complete = graph(Object.fromEntries(nodes.map((n) => [n, nodes.filter((m) => m !== n)])));
    const result = findCycles(nodes, complete, 100);
    expect(result.cycles).toHaveLength(100);
    expect(result.complete).toBe(false);
  });
});
