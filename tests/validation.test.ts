import { ANONYMOUS } from '../src/model/caller.js';
import { upsertRecords } from '../src/write/write-path.js';
import { countGraph, graphqlSuite } from './support/harness.js';

/**
 * Item 5 of issue 7: inputs and filters that used to be accepted (impossible dates, control
 * characters, invisible names, routes through their own ends, ratings off their scale) are
 * refused with BAD_USER_INPUT naming the field, and text is stored in NFC.
 */
const suite = graphqlSuite(async (db) => {
  await upsertRecords(db, ANONYMOUS, [
    { kind: 'place', input: { id: 'place:v-start', name: 'Start', kind: 'COUNTRY' }, path: 'fixture' },
    { kind: 'place', input: { id: 'place:v-middle', name: 'Middle', kind: 'COUNTRY' }, path: 'fixture' },
    { kind: 'place', input: { id: 'place:v-end', name: 'End', kind: 'COUNTRY' }, path: 'fixture' },
    { kind: 'actor', input: { id: 'actor:v-publisher', name: 'Publisher', kind: 'MEDIA_OUTLET' }, path: 'fixture' },
    { kind: 'source', input: { id: 'source:v-march', title: 'March', kind: 'ARTICLE', date: '2024-03-15', publisherId: 'actor:v-publisher' }, path: 'fixture' },
    { kind: 'source', input: { id: 'source:v-leap', title: 'Leap day', kind: 'ARTICLE', date: '2024-02-29', publisherId: 'actor:v-publisher' }, path: 'fixture' },
    { kind: 'source', input: { id: 'source:v-2023', title: 'Last year', kind: 'REPORT', date: '2023' }, path: 'fixture' },
    { kind: 'claim', input: { id: 'claim:v-claim', text: 'Something is so.' }, path: 'fixture' },
  ]);
});
const { execute } = suite;
const stored = async (id: string, key: string) =>
  suite.db().write(async (tx) => (await tx.run('MATCH (n:Record {id: $id}) RETURN n[$key] AS value', { id, key })).records.map((r) => r.get('value')));
const revisions = async (id: string) =>
  suite.db().write(async (tx) => (await tx.run('MATCH (r:Revision {recordId: $id}) RETURN count(r) AS n', { id })).records[0]!.get('n') as number);

describe('inputs refused with BAD_USER_INPUT naming the field, writing nothing', () => {
  const route = { fromId: 'place:v-start', toId: 'place:v-end', mode: 'LAND' };
  const review = { claimId: 'claim:v-claim', verdict: 'False' };
  const cases: [string, string, Record<string, unknown>, string, string][] = [
    ['30 February', 'upsertSource', { title: 'T', kind: 'REPORT', date: '2024-02-30' }, 'input.date', 'not a day of the calendar'],
    ['29 February of a common year', 'upsertSource', { title: 'T', kind: 'REPORT', date: '2023-02-29' }, 'input.date', 'not a day of the calendar'],
    ['31 April', 'upsertSource', { title: 'T', kind: 'REPORT', date: '2024-04-31' }, 'input.date', 'not a day of the calendar'],
    ['the year 0000', 'upsertSource', { title: 'T', kind: 'REPORT', date: '0000' }, 'input.date', 'the year must be between 1000 and 2999'],
    ['an impossible appliesFrom', 'upsertClaim', { text: 'T', appliesFrom: '2023-02-29' }, 'input.appliesFrom', 'not a day of the calendar'],
    ['an impossible review date', 'upsertReview', { ...review, date: '2024-06-31' }, 'input.date', 'not a day of the calendar'],
    ['a name of zero-width characters only', 'upsertActor', { name: '\u200B\u200D\u2060\uFEFF', kind: 'PERSON' }, 'input.name', 'must contain a visible character'],
    ['a name of combining marks only', 'upsertPlace', { name: '\u0301\u0301', kind: 'OTHER' }, 'input.name', 'must contain a visible character'],
    ['a name with NUL', 'upsertActor', { name: 'NUL\u0000inside', kind: 'PERSON' }, 'input.name', 'must not contain NUL (U+0000 at character 4)'],
    ['a name with a terminal escape sequence', 'upsertActor', { name: '\u001b[31mRed\u001b[0m', kind: 'PERSON' }, 'input.name', 'terminal escape'],
    ['a name with DEL', 'upsertChemical', { name: 'x\u007f', role: 'DRUG' }, 'input.name', 'DEL'],
    ['a title with a C1 control', 'upsertSource', { title: 'T\u009b31m', kind: 'REPORT' }, 'input.title', 'C1 control'],
    ['a title with a line break', 'upsertSource', { title: 'two\nlines', kind: 'REPORT' }, 'input.title', 'a line break'],
    ['a verdict of whitespace and format characters', 'upsertReview', { ...review, verdict: ' \u200B\u00A0 ' }, 'input.verdict', 'must contain a visible character'],
    ['an alias with an escape sequence', 'upsertActor', { name: 'A', kind: 'PERSON', aliases: ['ok', '\u001b]0;title\u0007'] }, 'input.aliases[1]', 'terminal escape'],
    ['a quote with NUL', 'upsertCitation', { claimId: 'claim:v-claim', sourceId: 'source:v-march', quote: 'q\u0000', stance: 'SUPPORTS' }, 'input.quote', 'NUL'],
    [
      'a first-hand citation that names where it got the claim',
      'upsertCitation',
      { claimId: 'claim:v-claim', sourceId: 'source:v-march', citesId: 'source:v-leap', quote: 'q', stance: 'SUPPORTS', firstHand: true },
      'input.firstHand',
      'names no source',
    ],
    [
      'a first-hand citation that only relays the claim (MENTIONS)',
      'upsertCitation',
      { claimId: 'claim:v-claim', sourceId: 'source:v-march', quote: 'q', stance: 'MENTIONS', firstHand: true },
      'input.firstHand',
      'cannot be first-hand',
    ],
    ['a URL with a control character', 'upsertSource', { title: 'T', kind: 'REPORT', url: 'https://example.org/\u0007' }, 'input.url', 'a control character'],
    ['a route via its own start', 'upsertRoute', { ...route, viaIds: ['place:v-middle', 'place:v-start'] }, 'input.viaIds[1]', 'its own end (fromId place:v-start)'],
    ['a route via its own end', 'upsertRoute', { ...route, viaIds: ['place:v-end'] }, 'input.viaIds[0]', 'its own end (toId place:v-end)'],
    ['a route via one place twice', 'upsertRoute', { ...route, viaIds: ['place:v-middle', 'place:v-middle'] }, 'input.viaIds', 'must not repeat an id'],
    ['a route to where it starts', 'upsertRoute', { ...route, toId: 'place:v-start' }, 'input.toId', 'somewhere else'],
    ['ratingValue 7 on a 1..5 scale', 'upsertReview', { ...review, ratingValue: 7, worstRating: 1, bestRating: 5 }, 'input.ratingValue', 'between worstRating and bestRating'],
    ['ratingValue below worstRating', 'upsertReview', { ...review, ratingValue: 0, worstRating: 1, bestRating: 5 }, 'input.ratingValue', 'between worstRating and bestRating'],
    ['bestRating below worstRating', 'upsertReview', { ...review, ratingValue: 3, worstRating: 5, bestRating: 1 }, 'input.bestRating', 'greater than worstRating'],
    ['bestRating equal to worstRating', 'upsertReview', { ...review, worstRating: 3, bestRating: 3 }, 'input.bestRating', 'greater than worstRating'],
    ['bestRating without worstRating', 'upsertReview', { ...review, bestRating: 5 }, 'input.worstRating', 'the scale is given whole'],
    ['worstRating without bestRating', 'upsertReview', { ...review, worstRating: 1 }, 'input.bestRating', 'the scale is given whole'],
  ];

  it.each(cases)('%s', async (_what, mutation, input, field, message) => {
    const before = await countGraph(suite.db());
    const inputType = mutation.replace('upsert', '') + 'Input';
    const { errors } = await execute(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(errors![0]!.message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `));
    expect(errors![0]!.message).toContain(message);
    expect(await countGraph(suite.db())).toEqual(before);
  });

  it('names the record of an import that fails the rules', async () => {
    const { errors } = await execute('mutation ($input: GraphInput!) { importGraph(input: $input) { created } }', {
      input: { actors: [{ id: 'actor:v-fine', name: 'Fine', kind: 'PERSON' }, { id: 'actor:v-blank', name: '\u2060', kind: 'PERSON' }] },
    });
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.actors[1].name' });
  });

  it('refuses a lone surrogate when the write path is called directly (the HTTP layer refuses it in bodies)', async () => {
    const before = await countGraph(suite.db());
    await expect(
      upsertRecords(suite.db(), ANONYMOUS, [{ kind: 'actor', input: { id: 'actor:v-surrogate', name: 'Half \uD83D pair', kind: 'PERSON' }, path: 'input' }]),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.name' }, message: expect.stringContaining('lone surrogate (U+D83D at character 6)') });
    expect(await countGraph(suite.db())).toEqual(before);
  });
});

describe('inputs accepted', () => {
  it.each([
    ['29 February of a leap year', 'upsertSource', { id: 'source:v-ok-leap', title: 'T', kind: 'REPORT', date: '2024-02-29' }],
    ['a year and a month', 'upsertSource', { id: 'source:v-ok-month', title: 'T', kind: 'REPORT', date: '2024-02' }],
    ['a claim from May of a year until that year', 'upsertClaim', { id: 'claim:v-ok-range', text: 'T', appliesFrom: '2021-05', appliesUntil: '2021' }],
    ['a rating on its scale', 'upsertReview', { id: 'review:v-ok', claimId: 'claim:v-claim', verdict: 'Mostly false', ratingValue: 2, worstRating: 1, bestRating: 5 }],
    ['a rating on a scale below zero', 'upsertReview', { id: 'review:v-ok-neg', claimId: 'claim:v-claim', verdict: 'False', ratingValue: -1, worstRating: -1, bestRating: 1 }],
    ['a route through other places', 'upsertRoute', { id: 'route:v-ok', fromId: 'place:v-start', toId: 'place:v-end', viaIds: ['place:v-middle'], mode: 'SEA' }],
    ['a description with tabs and line breaks', 'upsertActor', { id: 'actor:v-ok-desc', name: 'A', kind: 'PERSON', description: 'One.\n\tTwo.\r\nThree.' }],
    ['a name with a right-to-left override and visible text', 'upsertActor', { id: 'actor:v-ok-rlo', name: '\u202Eright-to-left', kind: 'PERSON' }],
  ])('%s', async (_what, mutation, input) => {
    const inputType = mutation.replace('upsert', '') + 'Input';
    const { data, errors } = await execute(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input });
    expect(errors).toBeUndefined();
    expect(data![mutation].id).toBe(input.id);
  });
});

describe('text in NFC', () => {
  const decomposed = 'Cafe\u0301 de\u0301pendance'; // e + U+0301 COMBINING ACUTE ACCENT
  const composed = 'Caf\u00e9 d\u00e9pendance';

  it('stores a name sent decomposed as composed', async () => {
    const { data, errors } = await execute('mutation ($name: String!) { upsertActor(input: { id: "actor:v-nfc", name: $name, kind: ORGANISATION, aliases: [$name] }) { name aliases meta { revision } } }', { name: decomposed });
    expect(errors).toBeUndefined();
    expect(data!.upsertActor).toEqual({ name: composed, aliases: [composed], meta: { revision: 1 } });
    expect(await stored('actor:v-nfc', 'name')).toEqual([composed]);
  });

  it('answers `unchanged` to the same decomposed input again, and to its composed form: no new revision', async () => {
    const again = await upsertRecords(suite.db(), ANONYMOUS, [
      { kind: 'actor', input: { id: 'actor:v-nfc', name: decomposed, kind: 'ORGANISATION', aliases: [decomposed] }, path: 'input' },
    ]);
    expect(again.results[0]!.status).toBe('unchanged');
    const composedToo = await upsertRecords(suite.db(), ANONYMOUS, [
      { kind: 'actor', input: { id: 'actor:v-nfc', name: composed, kind: 'ORGANISATION', aliases: [composed] }, path: 'input' },
    ]);
    expect(composedToo.results[0]!.status).toBe('unchanged');
    expect(await revisions('actor:v-nfc')).toBe(1);
  });

  it('finds the record by its name typed either way', async () => {
    const { data } = await execute('query ($t: String!) { search(text: $t, kinds: [ACTOR]) { node { ... on Actor { id } } } }', { t: 'de\u0301pendance' });
    expect(data!.search.map((hit: any) => hit.node.id)).toContain('actor:v-nfc');
  });
});

describe('filters refused with BAD_USER_INPUT naming the field', () => {
  it.each([
    ['dateFrom "yesterday"', '{ sources(filter: { dateFrom: "yesterday" }) { edges { node { id } } } }', 'filter.dateFrom'],
    ['dateTo 2024-02-30', '{ sources(filter: { dateTo: "2024-02-30" }) { edges { node { id } } } }', 'filter.dateTo'],
    ['dateFrom 0000 with a publisher', '{ sources(filter: { dateFrom: "0000", publisherId: "actor:v-publisher" }) { edges { node { id } } } }', 'filter.dateFrom'],
    ['dateFrom after dateTo', '{ sources(filter: { dateFrom: "2024-05", dateTo: "2024-04-30" }) { edges { node { id } } } }', 'filter.dateTo'],
    ['a malformed publisherId', '{ sources(filter: { publisherId: "Not An Id" }) { edges { node { id } } } }', 'filter.publisherId'],
    ['a publisherId of the wrong kind', '{ sources(filter: { publisherId: "place:v-start" }) { edges { node { id } } } }', 'filter.publisherId'],
    ['a malformed route fromId', '{ routes(filter: { fromId: "place:Start" }) { edges { node { id } } } }', 'filter.fromId'],
    ['a transportsId of the wrong kind', '{ routes(filter: { transportsId: "place:v-start" }) { edges { node { id } } } }', 'filter.transportsId'],
    ['a claims sourceId of the wrong kind', '{ claims(filter: { sourceId: "actor:v-publisher" }) { edges { node { id } } } }', 'filter.sourceId'],
    ['a claims aboutId of a kind nothing is about', '{ claims(filter: { aboutId: "source:v-march" }) { edges { node { id } } } }', 'filter.aboutId'],
  ])('%s', async (_what, query, field) => {
    const { data, errors } = await execute(query);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(errors![0]!.message.startsWith(`${field}: `)).toBe(true);
    expect(data).toBeNull();
  });

  it.each([
    ['a month to its year', '2024-03', '2024', ['source:v-march']],
    ['a leap day', '2024-02-29', '2024-02-29', ['source:v-leap']],
    ['a whole year', '2024', '2024', ['source:v-leap', 'source:v-march']],
  ])('accepts %s as a range', async (_what, dateFrom, dateTo, expected) => {
    const { data, errors } = await execute(
      'query ($f: PartialDate, $t: PartialDate) { sources(filter: { dateFrom: $f, dateTo: $t, publisherId: "actor:v-publisher" }) { edges { node { id } } } }',
      { f: dateFrom, t: dateTo },
    );
    expect(errors).toBeUndefined();
    expect(data!.sources.edges.map((e: any) => e.node.id)).toEqual(expected);
  });
});
