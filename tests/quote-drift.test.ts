import { compareQuotes } from '../src/provenance/quote-drift.js';
import { findCycles } from '../src/provenance/citation-cycles.js';

describe('compareQuotes', () => {
  it('is null for the same words whatever the case and punctuation', () => {
    expect(compareQuotes('The rebate, at 13%.', 'the rebate at 13%')).toBeNull();
  });

  it('reads figures with thousands separators as the same number', () => {
    expect(compareQuotes('108,000 deaths were counted', '108000 deaths counted')).toMatchObject({ numbersAdded: [], numbersRemoved: [] });
  });

  it('names changed figures and names', () => {
    expect(compareQuotes('Around 75,000 died, DEA said', 'Around 70,000 died, CDC said')).toMatchObject({
      numbersAdded: ['75000'],
      numbersRemoved: ['70000'],
      namesAdded: ['DEA'],
      namesRemoved: ['CDC'],
    });
  });
});

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
