import { ImportIndex } from '../src/interchange/ndjson/import-index.js';
import { parseRecordLine, recordLine } from '../src/interchange/ndjson/record-line.js';

/** The import's first-pass index and the NDJSON line shape, without a database. */
describe('ImportIndex', () => {
  const ref = (id: string, field = 'f') => ({ id, field });

  it('orders good records so that every reference is written before or with its referrer, whatever the input order', () => {
    const index = new ImportIndex();
    index.add('citation', 'citation:a', [ref('claim:a'), ref('source:a')], 1);
    index.add('place', 'place:child', [ref('place:parent')], 2);
    index.add('claim', 'claim:a', [ref('place:child')], 3);
    index.add('place', 'place:parent', [], 4);
    index.add('source', 'source:a', [], 5);
    const problems: unknown[] = [];
    index.propagate(() => false, (p) => problems.push(p));
    expect(problems).toEqual([]);
    const order = [...index.batches(2, 10, () => {})].map((batch) => batch.map((r) => index.describe(r).id));
    expect(order).toEqual([['place:parent', 'place:child'], ['source:a', 'claim:a'], ['citation:a']]);
  });

  it('keeps records that refer to each other in a cycle in one batch, and refuses a cycle larger than one write', () => {
    const index = new ImportIndex();
    index.add('claim', 'claim:a', [ref('claim:b')], 1);
    index.add('claim', 'claim:x', [], 2);
    index.add('claim', 'claim:b', [ref('claim:a')], 3);
    const batches = [...index.batches(2, 10, () => {})].map((batch) => batch.map((r) => index.describe(r).id).sort());
    expect(batches).toEqual([['claim:a', 'claim:b'], ['claim:x']]);
    const problems: { record: number }[] = [];
    expect([...index.batches(2, 1, (p) => problems.push(p))].flat().map((r) => index.describe(r).id)).toEqual(['claim:x']);
    expect(problems.map((p) => index.describe(p.record).id).sort()).toEqual(['claim:a', 'claim:b']);
  });

  it('marks referrers of bad, duplicated and missing records bad, transitively, and leaves references to live records alone', () => {
    const index = new ImportIndex();
    const bad = index.add('source', 'source:bad', [], 1, true).record;
    const onBad = index.add('citation', 'citation:on-bad', [ref('source:bad', 'sourceId'), ref('claim:ok')], 2).record;
    const ok = index.add('claim', 'claim:ok', [ref('actor:in-db')], 3).record;
    const dupA = index.add('actor', 'actor:dup', [], 4);
    const dupB = index.add('actor', 'actor:dup', [], 5);
    expect(dupB).toMatchObject({ duplicateOf: dupA.record, duplicateWasGood: true });
    const onDup = index.add('claim', 'claim:on-dup', [ref('actor:dup', 'aboutIds[0]')], 6).record;
    const onMissing = index.add('claim', 'claim:on-missing', [ref('actor:nowhere', 'aboutIds[0]')], 7).record;
    const chain = index.add('citation', 'citation:chain', [ref('claim:on-missing', 'claimId')], 8).record;
    expect([...index.unresolved()].sort()).toEqual(['actor:in-db', 'actor:nowhere']);
    const problems: { record: number; field: string; reason: string }[] = [];
    expect(index.propagate((id) => id === 'actor:in-db', (p) => problems.push(p))).toBe(4);
    const byRecord = new Map(problems.map((p) => [p.record, p]));
    expect(byRecord.get(onBad)).toMatchObject({ field: 'sourceId', reason: expect.stringMatching(/^refers to source:bad, which is not written: it is bad/) });
    expect(byRecord.get(onDup)).toMatchObject({ field: 'aboutIds[0]', reason: 'refers to actor:dup, which several records of the file have as id' });
    expect(byRecord.get(onMissing)).toMatchObject({ reason: 'refers to actor:nowhere, which is neither in the file nor live in the database' });
    expect(byRecord.get(chain)).toMatchObject({ field: 'claimId', reason: expect.stringMatching(/^refers to claim:on-missing/) });
    expect(index.isBad(bad) && !index.isBad(ok)).toBe(true);
    expect([...index.batches(10, 10, () => {})].flat()).toEqual([ok]);
  });
});

describe('record lines', () => {
  it('round-trips a record and names what is wrong with a line that is not one', () => {
    const line = recordLine('actor', { id: 'actor:a', name: 'A', kind: 'PERSON' });
    expect(line).toBe('{"actor":{"id":"actor:a","name":"A","kind":"PERSON"}}');
    expect(parseRecordLine(line)).toEqual({ ok: true, kind: 'actor', input: { id: 'actor:a', name: 'A', kind: 'PERSON' } });
    expect(parseRecordLine('{"actor":')).toMatchObject({ ok: false, field: '', reason: expect.stringMatching(/^not JSON/) });
    expect(parseRecordLine('{"person":{}}')).toMatchObject({ ok: false, field: 'person', reason: expect.stringMatching(/^unknown kind/) });
    expect(parseRecordLine('{"actor":[]}')).toMatchObject({ ok: false, field: 'actor' });
    expect(parseRecordLine('{}')).toMatchObject({ ok: false, reason: expect.stringMatching(/got none$/) });
  });
});
