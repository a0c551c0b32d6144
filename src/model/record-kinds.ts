import { z } from 'zod';
import { ID_PATTERN, kindOfId, type Kind } from './ids.js';
import { KIND_TABLE } from './kind-table.js';
import { isPartialDateRange, partialDate } from './partial-date.js';
import { textSchema } from './text.js';

/**
 * One kind of record as the write path sees it: which input fields are stored as node
 * properties and which become relationships. Everything that writes records (mutations,
 * import, seed) is driven by these specs, and the stored shape the API reads (`RecordOf`
 * in record-of.ts, the GraphQL mapper types) is derived from them, so a field is declared
 * here once. The kinds themselves, their labels, import order and search are KIND_TABLE's
 * (kind-table.ts); the SDL is checked against both by tests/kind-table.unit.test.ts.
 */
export interface KindSpec {
  kind: Kind;
  /** The node label beside `Record` (KIND_TABLE's label, also the GraphQL type name). */
  label: string;
  /** Validates and normalises one GraphQL input of this kind. */
  input: z.ZodType<Record<string, unknown>>;
  /** Input fields stored as node properties. */
  props: readonly string[];
  /** Input fields that become relationships from this record. */
  relations: readonly RelationSpec[];
}

export interface RelationSpec<Field extends string = string, Type extends string = string, Target extends Kind = Kind> {
  /** Input field: a single id (`publisherId`) or a list of ids (`authorIds`, kept in order). */
  field: Field;
  /** Relationship type, pointing from this record to the target. */
  type: Type;
  /** The kinds the target may be. */
  targets: readonly Target[];
  many: boolean;
}

/** The input fields of a zod input schema, as its output names them. */
type InputKey<I extends z.ZodType> = keyof z.output<I> & string;

/**
 * A kind's spec with its types kept (the exact input schema, props and relations), so that
 * `RecordOf` can read the stored shape off it; every one is also a KindSpec. Props and
 * relation fields must be fields of the input: a typo does not compile.
 */
function kindSpec<
  K extends Kind,
  I extends z.ZodType<Record<string, unknown>>,
  const P extends readonly InputKey<I>[],
  const R extends readonly RelationSpec<InputKey<I>>[],
>(kind: K, spec: { input: I; props: P; relations: R }) {
  const row = KIND_TABLE.find((r) => r.kind === kind)!;
  return { kind, label: row.label as Extract<(typeof KIND_TABLE)[number], { kind: K }>['label'], ...spec };
}

// Limits keep one record small enough to index and to show; they are far above any real
// title, quote or alias list. Every text is NFC-normalised and checked by src/model/text.ts:
// `text` is one line (names, titles, verdicts), `longText` may hold tabs and line breaks.
const text = (max: number) => textSchema(max, 'line');
const optionalText = (max: number) => text(max).nullish();
const longText = (max: number) => textSchema(max, 'multiline');
const optionalLongText = (max: number) => longText(max).nullish();
const names = z.array(text(500)).max(100).nullish();
const url = textSchema(2000, 'line')
  .pipe(z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'))
  .nullish();

function idOf(...kinds: Kind[]) {
  return z
    .string()
    .regex(ID_PATTERN, 'must be an id such as actor:heritage-foundation')
    .refine((id) => kinds.includes(kindOfId(id)!), `must be the id of a ${kinds.join(' or ')}`);
}
/**
 * The most characters of a source's stored text (`Source.text`, what quotes are anchored
 * in): a long article or a report's chapters. A longer document is stored as the part
 * that is quoted. Traces never read it; the record reads (`records-by-id`, source pages)
 * carry it with the rest of the record, so this bound is also what one source adds to them.
 */
export const MAX_SOURCE_TEXT = 200_000;

/**
 * The most links one list field of one record may hold (authors, via places, what a claim
 * is about, …): it bounds every list a record names, so reading those lists is bounded too.
 */
export const MAX_LINKS_PER_FIELD = 100;

const idsOf = (...kinds: Kind[]) =>
  z
    .array(idOf(...kinds))
    .max(MAX_LINKS_PER_FIELD)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id')
    .nullish();
const ownId = (kind: Kind) => idOf(kind).nullish();

const relation = <const F extends string, const T extends string, const Target extends Kind>(
  field: F,
  type: T,
  targets: readonly Target[],
  many = false,
): RelationSpec<F, T, Target> => ({ field, type, targets, many });

/**
 * What a claim may be about (ClaimInput.aboutIds, its ABOUT links): the members of the SDL's
 * `Entity` union, and the kinds `claims(filter: { aboutId })` accepts.
 */
export const ABOUT_KINDS = ['actor', 'chemical', 'place', 'route'] as const satisfies readonly Kind[];

const SPECS = {
  actor: kindSpec('actor', {
    input: z.object({
      id: ownId('actor'),
      name: text(500),
      kind: z.enum([
        'PERSON',
        'ORGANISATION',
        'GOVERNMENT',
        'AGENCY',
        'CRIMINAL_ORGANISATION',
        'COMPANY',
        'THINK_TANK',
        'MEDIA_OUTLET',
        'LEGISLATURE',
        'POLITICAL_PARTY',
      ]),
      aliases: names,
      description: optionalLongText(5000),
    }),
    props: ['name', 'kind', 'aliases', 'description'],
    relations: [],
  }),
  place: kindSpec('place', {
    input: z
      .object({
        id: ownId('place'),
        name: text(500),
        kind: z.enum(['COUNTRY', 'CITY', 'REGION', 'TERRITORY', 'OTHER']),
        aliases: names,
        description: optionalLongText(5000),
        withinId: idOf('place').nullish(),
      })
      .refine((p) => !p.id || p.withinId !== p.id, { message: 'a place cannot lie within itself', path: ['withinId'] }),
    props: ['name', 'kind', 'aliases', 'description'],
    relations: [relation('withinId', 'WITHIN', ['place'])],
  }),
  chemical: kindSpec('chemical', {
    input: z.object({
      id: ownId('chemical'),
      name: text(500),
      role: z.enum(['DRUG', 'PRECURSOR', 'PRE_PRECURSOR', 'ADULTERANT', 'OTHER']),
      synonyms: names,
      isClass: z.boolean().nullish(),
      // CAS Registry Numbers: 2–7 digits, 2 digits, 1 check digit.
      casNumber: z.string().regex(/^\d{2,7}-\d{2}-\d$/, 'must be a CAS number such as 437-38-7').nullish(),
      controlStatus: optionalText(1000),
      description: optionalLongText(5000),
    }),
    props: ['name', 'role', 'synonyms', 'isClass', 'casNumber', 'controlStatus', 'description'],
    relations: [],
  }),
  route: kindSpec('route', {
    input: z
      .object({
        id: ownId('route'),
        name: optionalText(500),
        fromId: idOf('place'),
        toId: idOf('place'),
        viaIds: idsOf('place'),
        mode: z.enum(['AIR', 'POSTAL', 'SEA', 'LAND', 'RAIL', 'OTHER', 'UNKNOWN']),
        transportsIds: idsOf('chemical'),
        operatorIds: idsOf('actor'),
        description: optionalLongText(5000),
      })
      // A route leads somewhere else (a round trip is two routes), and passes through places
      // other than its ends: a via that repeats an end would draw a loop no source describes.
      .refine((r) => r.fromId !== r.toId, { message: 'a route must lead somewhere else', path: ['toId'] })
      .superRefine((r, ctx) => {
        (r.viaIds ?? []).forEach((via, index) => {
          const end = via === r.fromId ? 'fromId' : via === r.toId ? 'toId' : null;
          if (end) ctx.addIssue({ code: 'custom', message: `a route cannot pass through its own end (${end} ${via})`, path: ['viaIds', index] });
        });
      }),
    props: ['name', 'mode', 'description'],
    relations: [
      relation('fromId', 'FROM', ['place']),
      relation('toId', 'TO', ['place']),
      relation('viaIds', 'VIA', ['place'], true),
      relation('transportsIds', 'TRANSPORTS', ['chemical'], true),
      relation('operatorIds', 'OPERATED_BY', ['actor'], true),
    ],
  }),
  source: kindSpec('source', {
    input: z.object({
      id: ownId('source'),
      title: text(1000),
      kind: z.enum([
        'ARTICLE',
        'REPORT',
        'GOVERNMENT_REPORT',
        'ESTIMATE',
        'STATEMENT',
        'DATASET',
        'BOOK',
        'WEBPAGE',
        'SOCIAL_POST',
        'OTHER',
      ]),
      publisherId: idOf('actor').nullish(),
      authorIds: idsOf('actor'),
      date: partialDate.nullish(),
      url,
      isPrimary: z.boolean().nullish(),
      retracted: z.boolean().nullish(),
      description: optionalLongText(5000),
      text: optionalLongText(MAX_SOURCE_TEXT),
    }),
    props: ['title', 'kind', 'date', 'url', 'isPrimary', 'retracted', 'description', 'text'],
    relations: [relation('publisherId', 'PUBLISHED_BY', ['actor']), relation('authorIds', 'AUTHORED_BY', ['actor'], true)],
  }),
  claim: kindSpec('claim', {
    input: z
      .object({
        id: ownId('claim'),
        text: longText(5000),
        aboutIds: idsOf(...ABOUT_KINDS),
        appliesFrom: partialDate.nullish(),
        appliesUntil: partialDate.nullish(),
        contradictsIds: idsOf('claim'),
      })
      .refine((c) => !c.appliesFrom || !c.appliesUntil || isPartialDateRange(c.appliesFrom, c.appliesUntil), {
        message: 'appliesUntil must not be before appliesFrom',
        path: ['appliesUntil'],
      })
      .refine((c) => !c.id || !c.contradictsIds?.includes(c.id), {
        message: 'a claim cannot contradict itself',
        path: ['contradictsIds'],
      }),
    props: ['text', 'appliesFrom', 'appliesUntil'],
    relations: [relation('aboutIds', 'ABOUT', ABOUT_KINDS, true), relation('contradictsIds', 'CONTRADICTS', ['claim'], true)],
  }),
  citation: kindSpec('citation', {
    input: z
      .object({
        id: ownId('citation'),
        claimId: idOf('claim'),
        sourceId: idOf('source'),
        citesId: idOf('source').nullish(),
        evidencedInId: idOf('source').nullish(),
        // Quotes are verbatim: only the ends are trimmed, never the inside; NFC changes no
        // character a reader sees, only how it is encoded.
        quote: longText(10000),
        locator: optionalText(200),
        stance: z.enum(['SUPPORTS', 'DISPUTES', 'MENTIONS']),
        firstHand: z.boolean().nullish(),
        speakerIds: idsOf('actor'),
      })
      .refine((c) => c.citesId !== c.sourceId, { message: 'a source cannot cite itself', path: ['citesId'] })
      // First-hand is where the trail ends: a source that names where it got the claim
      // did not originate it at this hop (its own findings that also cite go in a citation
      // of their own, without citesId).
      .refine((c) => c.firstHand !== true || c.citesId == null, {
        message: 'a first-hand citation names no source it got the claim from: leave citesId empty',
        path: ['firstHand'],
      })
      // A MENTIONS hop relays the claim as someone else's: never the source's own.
      .refine((c) => c.firstHand !== true || c.stance !== 'MENTIONS', {
        message: "a citation that MENTIONS the claim relays it as someone else's: it cannot be first-hand",
        path: ['firstHand'],
      })
      // evidencedIn defaults to the citing source; storing it only when it differs keeps one truth.
      .transform((c) => (c.evidencedInId === c.sourceId ? { ...c, evidencedInId: null } : c)),
    props: ['quote', 'locator', 'stance', 'firstHand'],
    relations: [
      relation('claimId', 'CARRIES', ['claim']),
      relation('sourceId', 'SAID_BY', ['source']),
      relation('citesId', 'CITES', ['source']),
      relation('evidencedInId', 'EVIDENCED_IN', ['source']),
      relation('speakerIds', 'SPOKEN_BY', ['actor'], true),
    ],
  }),
  review: kindSpec('review', {
    input: z
      .object({
        id: ownId('review'),
        claimId: idOf('claim'),
        reviewerId: idOf('actor').nullish(),
        verdict: text(1000),
        ratingValue: z.number().finite().nullish(),
        bestRating: z.number().finite().nullish(),
        worstRating: z.number().finite().nullish(),
        date: partialDate.nullish(),
        url,
      })
      // As in schema.org's ClaimReview, but a scale is given whole: defaults (best 5, worst 1)
      // would silently read a rating on a 0..10 or -1..1 scale wrong, so one bound needs the other.
      .refine((r) => r.ratingValue == null || (r.bestRating != null && r.worstRating != null), {
        message: 'a ratingValue needs bestRating and worstRating to be read',
        path: ['ratingValue'],
      })
      .refine((r) => r.bestRating == null || r.worstRating != null, {
        message: 'a bestRating needs a worstRating: the scale is given whole',
        path: ['worstRating'],
      })
      .refine((r) => r.worstRating == null || r.bestRating != null, {
        message: 'a worstRating needs a bestRating: the scale is given whole',
        path: ['bestRating'],
      })
      .refine((r) => r.bestRating == null || r.worstRating == null || r.bestRating > r.worstRating, {
        message: 'bestRating must be greater than worstRating',
        path: ['bestRating'],
      })
      .refine(
        (r) => r.ratingValue == null || r.bestRating == null || r.worstRating == null || (r.ratingValue >= r.worstRating && r.ratingValue <= r.bestRating),
        { message: 'ratingValue must lie between worstRating and bestRating', path: ['ratingValue'] },
      ),
    props: ['verdict', 'ratingValue', 'bestRating', 'worstRating', 'date', 'url'],
    relations: [relation('claimId', 'REVIEWS', ['claim']), relation('reviewerId', 'REVIEWED_BY', ['actor'])],
  }),
  // A source a reviewer found for a claim, where the claim's own trail goes cold: the
  // reviewer's finding, attributed through its review (the review names the claim and the
  // reviewer). Never a citation: no source made it, so provenance never counts it as support.
  finding: kindSpec('finding', {
    input: z
      .object({
        id: ownId('finding'),
        reviewId: idOf('review'),
        sourceId: idOf('source'),
        relation: z.enum(['MATCHES', 'CONTRADICTS', 'CONTEXT']),
        // Verbatim from the found source, like a citation's quote.
        quote: optionalLongText(10000),
        locator: optionalText(200),
        beyondId: idOf('source').nullish(),
        note: optionalLongText(5000),
      })
      // The trail end gone beyond is where the trail stopped; what was found lies past it.
      .refine((f) => f.beyondId == null || f.beyondId !== f.sourceId, {
        message: 'a finding goes beyond a trail end to another source: beyondId must differ from sourceId',
        path: ['beyondId'],
      }),
    props: ['relation', 'quote', 'locator', 'note'],
    relations: [
      relation('reviewId', 'FINDING_OF', ['review']),
      relation('sourceId', 'FOUND', ['source']),
      relation('beyondId', 'BEYOND', ['source']),
    ],
  }),
} satisfies { readonly [K in Kind]: KindSpec & { kind: K } };

/** The spec of every kind, keyed by kind (KIND_TABLE's kinds, in its order). */
export const KIND_SPECS: Readonly<Record<Kind, KindSpec>> = SPECS;

/**
 * The spec of kind K with its exact types (its zod input, props as a tuple, relations with
 * their fields, types and targets), for deriving types from: `RecordOf` (record-of.ts).
 */
export type KindSpecOf<K extends Kind> = (typeof SPECS)[K];

/** Every relationship type the write path manages, for reading a record's current state. */
export const MANAGED_RELATION_TYPES: readonly string[] = [
  ...new Set(Object.values(KIND_SPECS).flatMap((spec) => spec.relations.map((r) => r.type))),
];
