import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRecord, PlaceRecord, ChemicalRecord, RouteRecord, SourceRecord, ClaimRecord, CitationRecord, ReviewRecord, FindingRecord, TraceFindingRecord, StoredRecord, SearchHitRecord, TraceRecord, TraceNodeRecord, TraceHopRecord, TracePathRecord, TrailEndRecord, DeadEndRecord, SupportLineRecord, CitationCycleRecord, QuoteDriftRecord, ConflictsRecord, DependentRecord, DisputeTrailRecord } from '../mappers.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string with time zone (e.g. `2026-11-30T02:45:57.000Z`). */
  DateTime: { input: string; output: string; }
  /**
   * A calendar date at the precision the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
   * Sources often give only a year; the graph never pads a date with a day it does not know.
   */
  PartialDate: { input: string; output: string; }
};

/** A person or body that says, does or is said to do something. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Other names the sources use, such as an abbreviation. */
  aliases: Array<Scalars['String']['output']>;
  /** Sources this actor is named an author of, by id: the first `first` (at most 1000). */
  authored: Array<Source>;
  /** How many sources this actor is named an author of. */
  authoredCount: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  meta: RecordMeta;
  name: Scalars['String']['output'];
  /** Sources this actor published, by id: the first `first` (at most 1000). */
  published: Array<Source>;
  /** How many sources this actor published. */
  publishedCount: Scalars['Int']['output'];
};


/** A person or body that says, does or is said to do something. */
export type ActorAuthoredArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or body that says, does or is said to do something. */
export type ActorPublishedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorFilter = {
  kind?: InputMaybe<ActorKind>;
};

/** Creates or replaces an actor. Omitted optional fields are cleared: the input is the whole record. */
export type ActorInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id `actor:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ActorKind;
  name: Scalars['String']['input'];
};

export type ActorKind =
  | 'AGENCY'
  | 'COMPANY'
  | 'CRIMINAL_ORGANISATION'
  | 'GOVERNMENT'
  | 'LEGISLATURE'
  | 'MEDIA_OUTLET'
  | 'ORGANISATION'
  | 'PERSON'
  | 'POLITICAL_PARTY'
  | 'THINK_TANK';

/** The fields of ActorInput, each optional: left out = kept, null = cleared. */
export type ActorPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ActorKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Chemical = Node & {
  __typename?: 'Chemical';
  /** CAS Registry Number, only where a source gives it. */
  casNumber?: Maybe<Scalars['String']['output']>;
  /** Legal control status as a source states it. */
  controlStatus?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True when the record stands for a group of substances (e.g. unnamed precursors) rather than one. */
  isClass: Scalars['Boolean']['output'];
  meta: RecordMeta;
  name: Scalars['String']['output'];
  role: ChemicalRole;
  synonyms: Array<Scalars['String']['output']>;
};

export type ChemicalConnection = {
  __typename?: 'ChemicalConnection';
  edges: Array<ChemicalEdge>;
  pageInfo: PageInfo;
};

export type ChemicalEdge = {
  __typename?: 'ChemicalEdge';
  cursor: Scalars['String']['output'];
  node: Chemical;
};

export type ChemicalFilter = {
  role?: InputMaybe<ChemicalRole>;
};

export type ChemicalInput = {
  casNumber?: InputMaybe<Scalars['String']['input']>;
  controlStatus?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id `chemical:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  isClass?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  role: ChemicalRole;
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The fields of ChemicalInput, each optional: left out = kept, null = cleared. */
export type ChemicalPatch = {
  casNumber?: InputMaybe<Scalars['String']['input']>;
  controlStatus?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isClass?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ChemicalRole>;
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ChemicalRole =
  | 'ADULTERANT'
  | 'DRUG'
  | 'OTHER'
  | 'PRECURSOR'
  | 'PRE_PRECURSOR';

/**
 * One hop of provenance: `source` says `claim`, in the words of `quote`, and names `cites`
 * as where it got it. When `cites` is null the trail ends at `source`.
 */
export type Citation = Node & {
  __typename?: 'Citation';
  /**
   * Where the quote stands in the stored text of `evidencedIn` (see `Source.text`). Null when
   * that source has no stored text; `found: false` when it has one and the quote is not in it.
   * Searching costs up to the text's length (at most 200 000 characters).
   */
  anchor?: Maybe<QuoteAnchor>;
  /** The source this hop names as its own source, if any. */
  cites?: Maybe<Source>;
  claim: Claim;
  /**
   * The document in which this citation is observed. Usually `source` itself; a different
   * document when the hop is known only second-hand (an article reporting what a report cites).
   */
  evidencedIn: Source;
  /**
   * Whether `source` is first-hand for this claim: true when the claim is its own data, its
   * own act or its own statement (then a trail that ends here ends at an origin); false when
   * it is known not to be; null when nobody recorded it, and then a trace applies its default
   * rule: first-hand only when the source is by an actor the claim is about. Whether a source
   * is primary is decided per claim, here, not by `Source.isPrimary`. Only a citation that
   * names no source (`cites` null) can be first-hand.
   */
  firstHand?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** Where in `evidencedIn` the quote stands, e.g. a paragraph `¶7` or a page `p. 12`. */
  locator?: Maybe<Scalars['String']['output']>;
  meta: RecordMeta;
  /** The words that carry the claim, verbatim from `evidencedIn`. */
  quote: Scalars['String']['output'];
  /** The source that says the claim at this hop. */
  source: Source;
  /** The actors the quote is put in the mouth of, where the source names them. */
  speakers: Array<Actor>;
  stance: Stance;
};

export type CitationCycle = {
  __typename?: 'CitationCycle';
  /** The sources of the loop in citing order; the last cites the first. */
  sources: Array<Source>;
};

export type CitationInput = {
  citesId?: InputMaybe<Scalars['ID']['input']>;
  claimId: Scalars['ID']['input'];
  /** Defaults to sourceId. */
  evidencedInId?: InputMaybe<Scalars['ID']['input']>;
  /** See Citation.firstHand; only with no citesId. */
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  /** Stable id `citation:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  locator?: InputMaybe<Scalars['String']['input']>;
  quote: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  stance: Stance;
};

/** The fields of CitationInput, each optional: left out = kept, null = cleared. */
export type CitationPatch = {
  citesId?: InputMaybe<Scalars['ID']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  evidencedInId?: InputMaybe<Scalars['ID']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  locator?: InputMaybe<Scalars['String']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  stance?: InputMaybe<Stance>;
};

/**
 * One proposition that some source makes. The graph does not say whether it is true:
 * a claim is here because of its citations, which show who said it, where, and in what words.
 */
export type Claim = Node & {
  __typename?: 'Claim';
  /** What and whom the claim is about. */
  about: Array<Entity>;
  /** When the claim applies, at the precision the source gives. */
  appliesFrom?: Maybe<Scalars['PartialDate']['output']>;
  appliesUntil?: Maybe<Scalars['PartialDate']['output']>;
  /** The sources that say this claim, each once (the sources of its citations), by id: the first `first` (at most 1000). */
  attributedTo: Array<Source>;
  /** How many sources say this claim. */
  attributedToCount: Scalars['Int']['output'];
  /** The citations that carry this claim, at every hop of its provenance, by id: the first `first` (at most 1000). */
  citations: Array<Citation>;
  /** How many citations carry this claim. */
  citationsCount: Scalars['Int']['output'];
  /** Claims that this claim is recorded as contradicting, in either direction, by id: the first `first` (at most 1000). */
  contradicts: Array<Claim>;
  /** How many claims this claim is recorded as contradicting. */
  contradictsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  meta: RecordMeta;
  /** Reviews of this claim, by id: the first `first` (at most 1000). */
  reviews: Array<Review>;
  /** How many reviews this claim has. */
  reviewsCount: Scalars['Int']['output'];
  /** The proposition, stated neutrally. Attribution lives in `citations`, never in the text. */
  text: Scalars['String']['output'];
};


/**
 * One proposition that some source makes. The graph does not say whether it is true:
 * a claim is here because of its citations, which show who said it, where, and in what words.
 */
export type ClaimAttributedToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One proposition that some source makes. The graph does not say whether it is true:
 * a claim is here because of its citations, which show who said it, where, and in what words.
 */
export type ClaimCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One proposition that some source makes. The graph does not say whether it is true:
 * a claim is here because of its citations, which show who said it, where, and in what words.
 */
export type ClaimContradictsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One proposition that some source makes. The graph does not say whether it is true:
 * a claim is here because of its citations, which show who said it, where, and in what words.
 */
export type ClaimReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  /** Claims about this actor, chemical, place or route. */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims that this source says (through any citation). */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

export type ClaimInput = {
  aboutIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  appliesFrom?: InputMaybe<Scalars['PartialDate']['input']>;
  appliesUntil?: InputMaybe<Scalars['PartialDate']['input']>;
  contradictsIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Stable id `claim:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

/** The fields of ClaimInput, each optional: left out = kept, null = cleared. */
export type ClaimPatch = {
  aboutIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  appliesFrom?: InputMaybe<Scalars['PartialDate']['input']>;
  appliesUntil?: InputMaybe<Scalars['PartialDate']['input']>;
  contradictsIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type Conflicts = {
  __typename?: 'Conflicts';
  /** Claims recorded as contradicting this one (Claim.contradicts). */
  contradictingClaims: Array<Claim>;
  /** Citations on the trail whose stance is DISPUTES (the hops of `Trace.disputes`). */
  disputing: Array<Citation>;
};

export type DeadEnd = {
  __typename?: 'DeadEnd';
  explanation: Scalars['String']['output'];
  knownThrough: Array<Source>;
  /** True when the dead end is known only through other documents: unverified rather than unsourced. */
  secondHand: Scalars['Boolean']['output'];
  source: Source;
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The revision that records the deletion. */
  revision: Scalars['Int']['output'];
};

/** A claim whose provenance a given source is on, and on which side. */
export type Dependent = {
  __typename?: 'Dependent';
  /**
   * True when the claim's support rests on the source alone: with the source not retracted
   * some line of support stands (LIVE), and with it retracted none does. The same line
   * analysis as the claim's `trace`: a line that avoids the source stands either way. Only
   * support counts: a claim the source disputes never rests on it.
   */
  alone: Scalars['Boolean']['output'];
  claim: Claim;
  /** True when the source is on the claim's trail of dispute (it disputes the claim, or is cited as grounds and does not only say the opposite). */
  disputes: Scalars['Boolean']['output'];
  /** True when the source is retracted. */
  retracted: Scalars['Boolean']['output'];
  /** True when the source is on the claim's trail of support (it says, relays or is cited for the claim, and does not only say the opposite). */
  supports: Scalars['Boolean']['output'];
  /** True when the claim's trace was cut by a bound (citations, depth 20, paths, loops): the flags above may then miss what lies beyond. */
  truncated: Scalars['Boolean']['output'];
};

/** The trail of dispute of one claim, walked like the trail of support but apart from it. */
export type DisputeTrail = {
  __typename?: 'DisputeTrail';
  deadEnds: Array<DeadEnd>;
  /** The distinct trail ends of the dispute that stop by themselves. */
  ends: Array<TrailEnd>;
  /** The disputing hops: their quotes are the grounds, their `to` the sources they rest the dispute on. */
  hops: Array<TraceHop>;
  origins: Array<Source>;
  paths: Array<TracePath>;
  /** Retracted sources on the trail of dispute. */
  retracted: Array<Source>;
  /** Who disputes the claim: the sources with a disputing hop on the trail, by id. */
  sources: Array<Source>;
};

/**
 * The bounds of quote drift on one trace and what they cut. Drift found is always real; drift
 * not found may lie in the pairs skipped or past the characters compared.
 */
export type DriftLimits = {
  __typename?: 'DriftLimits';
  /** The most pairs compared per trace (2000). */
  maxPairs: Scalars['Int']['output'];
  /** The characters of each quote compared, from its start (1000). */
  maxQuoteChars: Scalars['Int']['output'];
  /** (hop, cited hop) pairs whose quotes were compared: at most maxPairs. */
  pairsCompared: Scalars['Int']['output'];
  /** Pairs on the trace left uncompared because maxPairs was reached: drift among them is not reported. */
  pairsSkipped: Scalars['Int']['output'];
  /** Hops, among the pairs compared, whose quote is longer than maxQuoteChars: only its first maxQuoteChars characters were compared. */
  quotesClipped: Scalars['Int']['output'];
};

/** The things a claim can be about. */
export type Entity = Actor | Chemical | Place | Route;

/**
 * A source a reviewer found for a claim, and how it bears on the claim: where the claim's own
 * trail goes cold (an article gives a figure and names no source), a fact-checker goes further
 * and finds, say, the official statistic the figure matches. A finding is the reviewer's work,
 * attributed to the reviewer through its review (which names the claim and the reviewer); it
 * is never a citation: no source on the trail named the found source, so provenance never
 * counts it as support, a trail end, corroboration or a dependent. Nothing in it says the
 * claim is true.
 */
export type Finding = Node & {
  __typename?: 'Finding';
  /**
   * The trail end the reviewer went beyond: the source where the claim's own trail stopped
   * (typically a dead end of its trace). Null when the finding goes beyond no particular one.
   */
  beyond?: Maybe<Source>;
  /** Stable id `finding:<slug>`. */
  id: Scalars['ID']['output'];
  /** Where in the found source: a page, section, table or paragraph. */
  locator?: Maybe<Scalars['String']['output']>;
  meta: RecordMeta;
  /** The reviewer's note, in the reviewer's words (may span several lines). */
  note?: Maybe<Scalars['String']['output']>;
  /** Verbatim from the found source, where the reviewer gives a passage. */
  quote?: Maybe<Scalars['String']['output']>;
  /** How the found source bears on the claim, in the reviewer's reading. */
  relation: FindingRelation;
  /** The review this finding belongs to: the claim and the reviewer come through it. */
  review: Review;
  /** The source the reviewer found. */
  source: Source;
};

export type FindingInput = {
  /** The trail end the reviewer went beyond (`source:…`); must not be `sourceId`. */
  beyondId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Stable id `finding:<slug>`; generated when omitted, from `reviewId`, `sourceId`,
   * `relation` and `quote` (so re-sending the same finding without an id writes one record).
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  locator?: InputMaybe<Scalars['String']['input']>;
  /** The reviewer's note; line breaks allowed. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Verbatim from the found source; line breaks allowed. */
  quote?: InputMaybe<Scalars['String']['input']>;
  relation: FindingRelation;
  /** The review the finding belongs to (`review:…`). */
  reviewId: Scalars['ID']['input'];
  /** The source the reviewer found (`source:…`). */
  sourceId: Scalars['ID']['input'];
};

/** The fields of FindingInput, each optional: left out = kept, null = cleared. */
export type FindingPatch = {
  beyondId?: InputMaybe<Scalars['ID']['input']>;
  locator?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
  relation?: InputMaybe<FindingRelation>;
  reviewId?: InputMaybe<Scalars['ID']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * How a found source bears on a claim, as the reviewer reads it. It describes what the found
 * source says, never whether the claim is true.
 */
export type FindingRelation =
  /** The found source bears on the claim without saying the same or otherwise (a definition, a wider series, a related figure). */
  | 'CONTEXT'
  /** The found source says otherwise (e.g. the official statistic gives a different figure). */
  | 'CONTRADICTS'
  /** The found source says what the claim says (e.g. the official statistic gives the same figure). */
  | 'MATCHES';

export type GraphInput = {
  actors?: InputMaybe<Array<ActorInput>>;
  chemicals?: InputMaybe<Array<ChemicalInput>>;
  citations?: InputMaybe<Array<CitationInput>>;
  claims?: InputMaybe<Array<ClaimInput>>;
  findings?: InputMaybe<Array<FindingInput>>;
  /**
   * Documentation of the graph (a seed's reading notes: the judgement calls made while reading
   * its source). Accepted so that a graph.json document can be sent as it is; ignored: nothing
   * is stored.
   */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  places?: InputMaybe<Array<PlaceInput>>;
  reviews?: InputMaybe<Array<ReviewInput>>;
  routes?: InputMaybe<Array<RouteInput>>;
  sources?: InputMaybe<Array<SourceInput>>;
};

export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** Records created by this import. */
  created: Scalars['Int']['output'];
  /** Records whose input matched what was already stored. */
  unchanged: Scalars['Int']['output'];
  /** Existing records that the import changed. */
  updated: Scalars['Int']['output'];
};

/** One sharing that makes sources one voice. */
export type LineMerge = {
  __typename?: 'LineMerge';
  /** What they share: the upstream source's id (SHARED_UPSTREAM), the speaker's or publisher's id, or the shared words, normalised (SAME_TEXT). */
  on: Scalars['String']['output'];
  reason: LineMergeReason;
  /** The sources it joins: the entries sharing the upstream source, or the trail ends sharing the speaker, text or publisher. By id. */
  sources: Array<Source>;
};

/** Why paths of support are one voice. */
export type LineMergeReason =
  /** Their trail ends are published by the same publisher. */
  | 'SAME_PUBLISHER'
  /** Their trail ends carry one recorded speaker (a relay's speaker is its voice). */
  | 'SAME_SPEAKER'
  /** Their trail ends quote the same or nearly the same words (after normalising case, punctuation and figures: at least 90% of the words in order, for quotes of six words or more), and at least one of them is not first-hand: copied text. */
  | 'SAME_TEXT'
  /** Two or more entries reach the same trail end: they share an upstream source. */
  | 'SHARED_UPSTREAM';

/** Whether a line of support still stands. */
export type LineStatus =
  /** Its sources only cite one another in a loop: no way out, no support from outside. */
  | 'CIRCULAR'
  /** It has no way out but sources it cites that dispute the claim (cited for it, they say the opposite): its support is void. */
  | 'DISPUTED_AT_SOURCE'
  /** From a source that says the claim, its citations lead to one of its trail ends (an origin, a dead end, or past maxDepth) through no retracted source, no hop observed in a retracted document and no source that also disputes the claim. */
  | 'LIVE'
  /** Every way to its trail ends passes a retracted source or a hop known only through a retracted document: its support is void. */
  | 'RETRACTED'
  /** Its only ways to its trail ends pass sources that also dispute the claim (recorded on both sides): shown, not counted. */
  | 'SELF_DISPUTED';

/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Marks a record deleted. Nothing is erased: the record and its history stay in the database,
   * but reads no longer return it. Deleting a record that others still refer to is refused
   * (`CONFLICT`, `extensions.referrers`).
   */
  deleteRecord?: Maybe<DeletePayload>;
  /**
   * Writes a whole graph in one transaction, kinds in dependency order, so that records may
   * refer to each other in the same call. The seed graph is loaded through this.
   */
  importGraph?: Maybe<ImportSummary>;
  /** Changes only the given fields of a live actor (null clears an optional field). */
  patchActor?: Maybe<Actor>;
  /** Changes only the given fields of a live chemical (null clears an optional field). */
  patchChemical?: Maybe<Chemical>;
  /** Changes only the given fields of a live citation (null clears an optional field). */
  patchCitation?: Maybe<Citation>;
  /** Changes only the given fields of a live claim (null clears an optional field). */
  patchClaim?: Maybe<Claim>;
  /** Changes only the given fields of a live finding (null clears an optional field). */
  patchFinding?: Maybe<Finding>;
  /** Changes only the given fields of a live place (null clears an optional field). */
  patchPlace?: Maybe<Place>;
  /** Changes only the given fields of a live review (null clears an optional field). */
  patchReview?: Maybe<Review>;
  /** Changes only the given fields of a live route (null clears an optional field). */
  patchRoute?: Maybe<Route>;
  /** Changes only the given fields of a live source (null clears an optional field). */
  patchSource?: Maybe<Source>;
  /**
   * Erases a record and its relationships: the only destructive write (admins only). Refused
   * with `CONFLICT` while live records refer to it. Its history stays, ending in a revision
   * with `deleted` and `purged` set; every purge is logged.
   */
  purgeRecord?: Maybe<PurgePayload>;
  /**
   * Marks a source retracted (or, with `retracted: false`, no longer retracted), keeping
   * every other field: the same as `patchSource(id, input: { retracted })`.
   */
  retractSource?: Maybe<Source>;
  /**
   * Writes a new revision of a record equal to its state at `revision` (see `history`); a
   * soft-deleted record comes back. `NOT_FOUND` when there is no such record or revision;
   * `CONFLICT` when that state refers to a record that is no longer live.
   */
  revert?: Maybe<Node>;
  upsertActor?: Maybe<Actor>;
  upsertChemical?: Maybe<Chemical>;
  upsertCitation?: Maybe<Citation>;
  upsertClaim?: Maybe<Claim>;
  upsertFinding?: Maybe<Finding>;
  upsertPlace?: Maybe<Place>;
  upsertReview?: Maybe<Review>;
  upsertRoute?: Maybe<Route>;
  upsertSource?: Maybe<Source>;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationDeleteRecordArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationImportGraphArgs = {
  input: GraphInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchActorArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ActorPatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchChemicalArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ChemicalPatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchCitationArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CitationPatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchClaimArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ClaimPatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchFindingArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: FindingPatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchPlaceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PlacePatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchReviewArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ReviewPatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchRouteArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: RoutePatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPatchSourceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: SourcePatch;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationPurgeRecordArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationRetractSourceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  retracted?: Scalars['Boolean']['input'];
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationRevertArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertActorArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ActorInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertChemicalArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ChemicalInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertCitationArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: CitationInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertClaimArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ClaimInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertFindingArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: FindingInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertPlaceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: PlaceInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertReviewArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ReviewInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertRouteArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: RouteInput;
};


/**
 * Every mutation goes through one write path: the input is validated, references must exist
 * and be live, and each mutation field commits in one transaction of its own or not at all.
 *
 * **Which fields committed.** Mutation fields run one after the other, each in its own
 * transaction, and each is nullable so that one failing field never hides another's write:
 * a field with a value committed; a field that is null wrote nothing, and the error whose
 * `path` is exactly that field says why. (An error with a longer path, under a field that has
 * a value, is about reading the answer; the write itself committed.) So
 * `mutation { a: upsertActor(…) { id } b: upsertActor(…invalid…) { id } }` answers
 * `{ a: { id }, b: null }` with one error at path `["b"]`: `a` is committed, `b` is not.
 *
 * **Concurrency.** Writes of one record are serialised: each takes the record's lock before
 * reading it, so revisions are dense and ordered and the newest equals the stored state.
 * Every write of one record may carry `expectedRevision`: it is refused with `CONFLICT`
 * (`extensions.currentRevision`) unless the record is at that revision now; `0` means "must
 * not exist yet". Read `meta.revision`, send it back as `expectedRevision`, and no edit
 * silently overwrites another.
 *
 * **Upserts** replace the whole record (optional fields left out are cleared) and are
 * idempotent: writing the same input twice leaves the graph as after the first write. An
 * upsert without an `id` gets one derived from the record's identity (its name, title or
 * text and a hash of its identity fields), so a retried create never makes a duplicate.
 * **Patches** change only the fields given: a field left out is kept, a field given as `null`
 * is cleared (refused when the field is required).
 */
export type MutationUpsertSourceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: SourceInput;
};

/**
 * Anything with a stable global id. Ids look like `claim:ccp-raised-rebate`: the part before
 * the colon names the kind (actor, place, chemical, route, source, claim, citation, review, finding),
 * the part after it is a slug chosen by whoever created the record. Ids never change.
 */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Relay page information. Cursors are opaque keys into an ordering, not offsets. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Place = Node & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PlaceKind;
  meta: RecordMeta;
  name: Scalars['String']['output'];
  /** The larger place this one lies in, where a source says so. */
  within?: Maybe<Place>;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type PlaceFilter = {
  kind?: InputMaybe<PlaceKind>;
};

export type PlaceInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id `place:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: PlaceKind;
  name: Scalars['String']['input'];
  withinId?: InputMaybe<Scalars['ID']['input']>;
};

export type PlaceKind =
  | 'CITY'
  | 'COUNTRY'
  | 'OTHER'
  | 'REGION'
  | 'TERRITORY';

/** The fields of PlaceInput, each optional: left out = kept, null = cleared. */
export type PlacePatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PlaceKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  withinId?: InputMaybe<Scalars['ID']['input']>;
};

export type PurgePayload = {
  __typename?: 'PurgePayload';
  id: Scalars['ID']['output'];
  purgedAt: Scalars['DateTime']['output'];
  /** The revision in `history` that records the purge. */
  revision: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  actors: ActorConnection;
  chemical?: Maybe<Chemical>;
  chemicals: ChemicalConnection;
  citation?: Maybe<Citation>;
  claim?: Maybe<Claim>;
  /** Claims ordered by id. `first` is at most 100. */
  claims: ClaimConnection;
  /**
   * Every claim whose provenance the source is on, directly or down a chain: whether it is on
   * the claim's support or its dispute, and whether the support rests on it alone. At most
   * 500 claims, in id order.
   */
  dependents: Array<Dependent>;
  /** A reviewer's finding (see Finding). */
  finding?: Maybe<Finding>;
  /**
   * A record's past states, newest first: every write that changed it, its deletion, and
   * its purge. History outlives the record: a deleted or purged record keeps it. At most
   * `first` (1..1000) revisions, all older than `beforeRevision` when given (to page back).
   */
  history: Array<RecordRevision>;
  /** Any record by its global id; null when there is none. */
  node?: Maybe<Node>;
  place?: Maybe<Place>;
  places: PlaceConnection;
  review?: Maybe<Review>;
  route?: Maybe<Route>;
  routes: RouteConnection;
  /**
   * Full-text search over claim text, source titles, actor names and aliases, chemical names
   * and synonyms, and place names. Words are matched as words (no query syntax); best first.
   * `first` is at most 100.
   */
  search: Array<SearchHit>;
  source?: Maybe<Source>;
  sources: SourceConnection;
  /**
   * The provenance of a claim, in one database round trip. `maxDepth` counts hops (1 to 20); the walk
   * also stops at 2000 citations, 500 paths (100 000 steps of path search) and 100 loops
   * (50 000 steps of loop search), and then `truncated` is true, so a trace stays cheap and
   * drawable whatever the claim. Everything else is linear in the citations read; quote drift
   * is computed only when `drift` or `driftLimits` is asked for, within its own bounds (see
   * `Trace.driftLimits`). Null when the claim does not exist.
   */
  trace?: Maybe<Trace>;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChemicalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChemicalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChemicalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCitationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDependentsArgs = {
  sourceId: Scalars['ID']['input'];
};


export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHistoryArgs = {
  beforeRevision?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRouteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RouteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTraceArgs = {
  claimId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Where a citation's quote stands in the stored text of the document it is evidenced in, as
 * a W3C Web Annotation TextQuoteSelector (`exact`, `prefix`, `suffix`) and
 * TextPositionSelector (`start`, `end`). Offsets count Unicode code points (an emoji or 𝔸
 * counts as one), not UTF-16 units. The first occurrence of the quote as written is taken;
 * when there is none, the first passage that differs from it only in white space (and then
 * `exact` is the passage as the text has it). Case and punctuation must match.
 */
export type QuoteAnchor = {
  __typename?: 'QuoteAnchor';
  /** Offset just past `exact`, in code points (`end - start` is its length). */
  end?: Maybe<Scalars['Int']['output']>;
  /** The passage as it stands in the text. */
  exact?: Maybe<Scalars['String']['output']>;
  /** True when the quote was found in the text; the other fields are null when it was not. */
  found: Scalars['Boolean']['output'];
  /** The source whose text was searched: the citation's `evidencedIn`. */
  in: Source;
  /** Up to 32 code points of the text just before `exact`. */
  prefix?: Maybe<Scalars['String']['output']>;
  /** Offset of `exact` in the text, in code points from 0. */
  start?: Maybe<Scalars['Int']['output']>;
  /** Up to 32 code points of the text just after `exact`. */
  suffix?: Maybe<Scalars['String']['output']>;
};

/** How a citing hop's quote relates to the quote of the hop it cites, compared as word sequences (case, punctuation and the writing of figures aside). */
export type QuoteChange =
  /** Anything else: words were replaced, inserted inside, or moved. */
  | 'CHANGED'
  /** The citing quote holds the whole cited quote plus words around it (listed in wordsAdded). */
  | 'EXTENDED'
  /** The citing quote is a contiguous part of the cited quote, and the words cut hold no hedge, negation, condition, attribution or qualifier: plain context was cut. */
  | 'NARROWED'
  /** The two quotes are overlapping pieces of one passage: the end of one is the start of the other (4 words or more), so words are cut at one end and added at the other. */
  | 'OVERLAPS'
  /** The citing quote is a contiguous part of the cited quote, but the cut removed a hedge, negation, condition, attribution or qualifier (nearly 200 → 200; if the ban holds dropped; does not conclude that X → X): drift, though shorter. */
  | 'QUALIFIER_CUT';

/**
 * How the quote of a citing hop (`from`) differs from the quote of the hop it cites (`to`).
 * "Added" means in the citing quote and not in the cited one; "removed" the converse.
 */
export type QuoteDrift = {
  __typename?: 'QuoteDrift';
  /** Attributions (according to, said, stated, cautioned, …: ATTRIBUTIONS), lower-cased with who they name (according to the dea, the report stated), that the citing quote has more of. */
  attributionsAdded: Array<Scalars['String']['output']>;
  /** Attributions that the cited quote has more of than the citing one (who said it was dropped). */
  attributionsRemoved: Array<Scalars['String']['output']>;
  /** How the citing quote relates to the cited one: NARROWED, QUALIFIER_CUT, EXTENDED, OVERLAPS or CHANGED. */
  change: QuoteChange;
  /** Conditions (if, unless, provided that, as long as, assuming, …: CONDITIONS), lower-cased with their clause (if the ban holds), that the citing quote has more of. */
  conditionsAdded: Array<Scalars['String']['output']>;
  /** Conditions that the cited quote has more of than the citing one (a condition dropped). */
  conditionsRemoved: Array<Scalars['String']['output']>;
  /** The citing hop and the hop it cites. */
  from: Citation;
  /** Hedges (nearly, about 200, at least, may, reportedly, suggest, believed to, preliminary, …: HEDGES in src/provenance/qualifier-lexicon.ts), by their lexicon entry (suggested is suggest), that the citing quote has more of than the cited one. */
  hedgesAdded: Array<Scalars['String']['output']>;
  /** Hedges that the cited quote has more of than the citing one (a hedge dropped: nearly 200 became 200). */
  hedgesRemoved: Array<Scalars['String']['output']>;
  /**
   * The citing quote may say something the cited one does not: a figure, name, hedge,
   * negation, condition, attribution or qualifier differs, or words were replaced or reordered.
   * False for a plain cut (NARROWED), for an extension or overlap that adds only context words,
   * and for pieces of one passage (samePassage) that lose nothing. Only this is drift to show.
   */
  meaningChanged: Scalars['Boolean']['output'];
  /** Names (capitalised words and runs of them: United States, CCP) in the citing quote's added words and not named in the cited quote. */
  namesAdded: Array<Scalars['String']['output']>;
  /** Names in the cited quote's removed words and not named in the citing quote. */
  namesRemoved: Array<Scalars['String']['output']>;
  /** The two quotes hold a different number of negations (not, n't, no, never, without, none, neither/nor, cannot, hardly, failed, lack, false, myth, a minus sign): raised / did not raise. Always a change of meaning. */
  negationFlipped: Scalars['Boolean']['output'];
  /** Figures (normalised: 13%, 108000, 1500000, $1200000000 for $1.2bn, 200 for two hundred) in the citing quote's added words and not in the cited quote; a hedge change alone (nearly 200 / 200) is not here. */
  numbersAdded: Array<Scalars['String']['output']>;
  /** Figures (normalised) in the cited quote's removed words and not in the citing quote. */
  numbersRemoved: Array<Scalars['String']['output']>;
  /** Qualifiers of scope, time or degree (only, mostly, in part, at that time, …: QUALIFIERS), by their lexicon entry, that the citing quote has more of. */
  qualifiersAdded: Array<Scalars['String']['output']>;
  /** Qualifiers that the cited quote has more of than the citing one. */
  qualifiersRemoved: Array<Scalars['String']['output']>;
  /** Content words (function words aside) that each quote holds once come in a different order: China supplies Mexico / Mexico supplies China. Only for CHANGED. */
  reordered: Scalars['Boolean']['output'];
  /**
   * Both quotes are pieces of one passage of one document: both hops are evidenced in the same
   * document and one quote holds, lies inside or overlaps the other. Then what the citing quote
   * adds is that passage's context, and only what it loses counts.
   */
  samePassage: Scalars['Boolean']['output'];
  /** Jaccard similarity of the two quotes' normalised word sets, from 0 (nothing shared) to 1 (same words). */
  similarity: Scalars['Float']['output'];
  to: Citation;
  /** The runs of words only the citing quote has, in order, each as written there. */
  wordsAdded: Array<Scalars['String']['output']>;
  /** The runs of words only the cited quote has, in order, each as written there. */
  wordsRemoved: Array<Scalars['String']['output']>;
};

/**
 * Who last changed a record, and when. No write destroys a past value: each change that
 * alters a record bumps `revision` and keeps the previous state as a revision of its own.
 */
export type RecordMeta = {
  __typename?: 'RecordMeta';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Starts at 1 and grows by one with every write that changes the record. */
  revision: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
};

/** One state a record had, and who gave it that state when. */
export type RecordRevision = {
  __typename?: 'RecordRevision';
  at: Scalars['DateTime']['output'];
  /** The caller who wrote this revision. */
  by: Scalars['String']['output'];
  /** The fields whose value differs from the previous revision (all fields it has, for the first). */
  changed: Array<Scalars['String']['output']>;
  /** True for the revision that deleted (or purged) the record; `state` is what it held then. */
  deleted: Scalars['Boolean']['output'];
  /** True for the revision that erased the record (purgeRecord). */
  purged: Scalars['Boolean']['output'];
  revision: Scalars['Int']['output'];
  /**
   * The record's fields at this revision as a JSON object, named as in its kind's input
   * (`title`, `publisherId`, `authorIds`, …); fields it did not have are left out.
   */
  state: Scalars['String']['output'];
};

/** A fact-check of a claim by a reviewer: the reviewer's verdict, attributed like everything else. */
export type Review = Node & {
  __typename?: 'Review';
  bestRating?: Maybe<Scalars['Float']['output']>;
  claim: Claim;
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** The sources the reviewer found for the claim (see Finding), by id: the first `first` (at most 1000). */
  findings: Array<Finding>;
  /** How many findings this review has. */
  findingsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  meta: RecordMeta;
  /** A rating on the reviewer's scale, where it has one (as in schema.org ClaimReview). */
  ratingValue?: Maybe<Scalars['Float']['output']>;
  reviewer?: Maybe<Actor>;
  url?: Maybe<Scalars['String']['output']>;
  /** The verdict in the reviewer's words, e.g. `Misleading`. */
  verdict: Scalars['String']['output'];
  worstRating?: Maybe<Scalars['Float']['output']>;
};


/** A fact-check of a claim by a reviewer: the reviewer's verdict, attributed like everything else. */
export type ReviewFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReviewInput = {
  bestRating?: InputMaybe<Scalars['Float']['input']>;
  claimId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Stable id `review:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  ratingValue?: InputMaybe<Scalars['Float']['input']>;
  reviewerId?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  verdict: Scalars['String']['input'];
  worstRating?: InputMaybe<Scalars['Float']['input']>;
};

/** The fields of ReviewInput, each optional: left out = kept, null = cleared. */
export type ReviewPatch = {
  bestRating?: InputMaybe<Scalars['Float']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  ratingValue?: InputMaybe<Scalars['Float']['input']>;
  reviewerId?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  verdict?: InputMaybe<Scalars['String']['input']>;
  worstRating?: InputMaybe<Scalars['Float']['input']>;
};

/** A trafficking route as sources describe it: one route per mode of transport. */
export type Route = Node & {
  __typename?: 'Route';
  description?: Maybe<Scalars['String']['output']>;
  from: Place;
  id: Scalars['ID']['output'];
  meta: RecordMeta;
  mode: RouteMode;
  name?: Maybe<Scalars['String']['output']>;
  /** Who is said to operate it. */
  operators: Array<Actor>;
  to: Place;
  /** What the route is said to carry. */
  transports: Array<Chemical>;
  /** Intermediate places, in order. */
  via: Array<Place>;
};

export type RouteConnection = {
  __typename?: 'RouteConnection';
  edges: Array<RouteEdge>;
  pageInfo: PageInfo;
};

export type RouteEdge = {
  __typename?: 'RouteEdge';
  cursor: Scalars['String']['output'];
  node: Route;
};

export type RouteFilter = {
  fromId?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<RouteMode>;
  toId?: InputMaybe<Scalars['ID']['input']>;
  transportsId?: InputMaybe<Scalars['ID']['input']>;
};

export type RouteInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  fromId: Scalars['ID']['input'];
  /** Stable id `route:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  mode: RouteMode;
  name?: InputMaybe<Scalars['String']['input']>;
  operatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  toId: Scalars['ID']['input'];
  transportsIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  viaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type RouteMode =
  | 'AIR'
  | 'LAND'
  | 'OTHER'
  | 'POSTAL'
  | 'RAIL'
  | 'SEA'
  /** The source names the route but not how goods travel on it. */
  | 'UNKNOWN';

/** The fields of RouteInput, each optional: left out = kept, null = cleared. */
export type RoutePatch = {
  description?: InputMaybe<Scalars['String']['input']>;
  fromId?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<RouteMode>;
  name?: InputMaybe<Scalars['String']['input']>;
  operatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  toId?: InputMaybe<Scalars['ID']['input']>;
  transportsIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  viaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchResult;
  /** Relevance from the full-text index; comparable only within one search. */
  score: Scalars['Float']['output'];
};

export type SearchKind =
  | 'ACTOR'
  | 'CHEMICAL'
  | 'CLAIM'
  | 'PLACE'
  | 'SOURCE';

export type SearchResult = Actor | Chemical | Claim | Place | Source;

/**
 * A document that says things: an article, a report, an estimate, a statement.
 * Where a source gives no title, `title` is a description in square brackets, as in library cataloguing.
 */
export type Source = Node & {
  __typename?: 'Source';
  /** Authors in the order the source names them. */
  authors: Array<Actor>;
  /** The citations in which this source says something, by id: the first `first` (at most 1000). */
  citations: Array<Citation>;
  /** How many citations this source says something in. */
  citationsCount: Scalars['Int']['output'];
  /** The citations that name this source as where a claim came from, by id: the first `first` (at most 1000). */
  citedBy: Array<Citation>;
  /** How many citations name this source. */
  citedByCount: Scalars['Int']['output'];
  date?: Maybe<Scalars['PartialDate']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /**
   * True where the source is a primary document in general (its own data, findings or
   * statements). It does not make the source the origin of every claim it repeats: whether
   * a trail ends at an origin is decided per claim, by `Citation.firstHand`.
   */
  isPrimary?: Maybe<Scalars['Boolean']['output']>;
  kind: SourceKind;
  meta: RecordMeta;
  publisher?: Maybe<Actor>;
  /** True once the source has been withdrawn by its publisher. */
  retracted: Scalars['Boolean']['output'];
  /**
   * The document's text, where it is stored (at most 200 000 characters): what citation
   * quotes are found in. Never part of a trace's own read; asked for, it is loaded apart.
   */
  text?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


/**
 * A document that says things: an article, a report, an estimate, a statement.
 * Where a source gives no title, `title` is a description in square brackets, as in library cataloguing.
 */
export type SourceCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A document that says things: an article, a report, an estimate, a statement.
 * Where a source gives no title, `title` is a description in square brackets, as in library cataloguing.
 */
export type SourceCitedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceFilter = {
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** Sources dated on or after this date (compared at the precision given). */
  dateFrom?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Sources dated on or before this date (compared at the precision given). */
  dateTo?: InputMaybe<Scalars['PartialDate']['input']>;
  kind?: InputMaybe<SourceKind>;
  publisherId?: InputMaybe<Scalars['ID']['input']>;
};

export type SourceInput = {
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id `source:<slug>`; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  kind: SourceKind;
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  retracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** See Source.text; at most 200 000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourceKind =
  | 'ARTICLE'
  | 'BOOK'
  | 'DATASET'
  | 'ESTIMATE'
  | 'GOVERNMENT_REPORT'
  | 'OTHER'
  | 'REPORT'
  | 'SOCIAL_POST'
  | 'STATEMENT'
  | 'WEBPAGE';

/** The fields of SourceInput, each optional: left out = kept, null = cleared. */
export type SourcePatch = {
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<SourceKind>;
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  retracted?: InputMaybe<Scalars['Boolean']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Stance =
  /** The source says the claim is wrong. */
  | 'DISPUTES'
  /** The source relays the claim as someone else's, without endorsing or disputing it. */
  | 'MENTIONS'
  /** The source says the claim in its own voice. */
  | 'SUPPORTS';

/**
 * One line of support: one independent voice. Trail ends that share a recorded speaker, a
 * publisher, or an identical or near-identical quote (at least one of them not first-hand)
 * are one voice, and every source that says the claim and reaches them belongs to it (sources
 * sharing an upstream source are one line). A source that cites two independent voices
 * belongs to both: a common downstream reader never joins two lines. A relay (MENTIONS) that
 * names no source carries the voice of its recorded speaker; one with neither is a rumour
 * (`Trace.rumours`), no line.
 */
export type SupportLine = {
  __typename?: 'SupportLine';
  /** Why its sources are one voice, each reason once, in the order LineMergeReason declares them (empty for a voice of one source and one trail). */
  mergedBecause: Array<LineMergeReason>;
  /** Each sharing that joined sources into this voice, with what they share. */
  merges: Array<LineMerge>;
  /** The sources that say the claim on the trail of support and reach this voice, by id. */
  sources: Array<Source>;
  /** The speakers recorded at its trail ends: whose voice a relay carries. */
  speakers: Array<Actor>;
  status: LineStatus;
  /** The trail ends this line rests on: origins, dead ends and sources where maxDepth cut the walk (none for a circular line), by id. */
  upstream: Array<Source>;
};

/**
 * Where a claim comes from: the sources that say it, the sources those name, and so on, as a
 * subgraph a client can draw, plus what an investigator looks for in it. Built from the
 * citations that carry the claim; nothing in it says whether the claim is true.
 *
 * **Two trails.** A hop that SUPPORTS or MENTIONS the claim is on the trail of **support** (a
 * MENTIONS hop relays the claim as someone else's: it carries the claim and its speaker along
 * the trail, but is no support of its own); a hop that DISPUTES it is on the trail of
 * **dispute**, where `cites` names the grounds of the dispute. A source that relays a claim
 * only to dispute it is on the trail of dispute alone. The two are walked apart: `nodes`,
 * `hops` and `paths` hold both, each labelled with its `side`; the trail ends, lines of
 * support, loops and retractions at the top level are about support only, and the dispute
 * has its own section, `disputes`. A source that disputes a claim is never its support, its
 * dead end or its origin; one recorded on both sides shows on both (`selfDisputed`) and its
 * line does not count.
 *
 * **Voices.** A line of support is a voice: paths that share an upstream source, a recorded
 * speaker, an identical or near-identical text at their trail ends, or a publisher are one
 * line, and `mergedBecause` says why. A common downstream reader never joins two lines.
 *
 * **Depth** is counted in hops: the sources a trail starts from are at depth 0, the sources
 * they cite at 1, and `maxDepth: 3` follows a chain of three hops to its end.
 */
export type Trace = {
  __typename?: 'Trace';
  /** True when the claim's support contains a citation loop: circular reporting. */
  circular: Scalars['Boolean']['output'];
  /** Lines of support whose sources only cite one another in a loop, with no way out (status CIRCULAR). */
  circularOnlyLines: Scalars['Int']['output'];
  claim: Claim;
  /**
   * True when some sources of support cite one another in a closed loop that no entry
   * reaches: every one of them is cited for the claim, so none is an ENTRY. The walk starts
   * from the smallest id of each such loop to show it; depths there count from that source.
   */
  closedLoop: Scalars['Boolean']['output'];
  /** Citations that dispute the claim, and claims recorded as contradicting it. */
  conflicts: Conflicts;
  /**
   * The lines of support, one per independent voice (see SupportLine), each with whether it
   * still stands (`status`), in the order of their first source's id.
   */
  corroboration: Array<SupportLine>;
  /** Citation loops among the claim's sources of support (A cites B cites … cites A). */
  cycles: Array<CitationCycle>;
  /** Trail ends of support at sources that are not first-hand for the claim and name no source: the claim is unsourced (or, second-hand, unverified) beyond them. */
  deadEnds: Array<DeadEnd>;
  /** The trail of dispute: who disputes the claim, on what grounds, and where their trails end. */
  disputes: DisputeTrail;
  /**
   * Hops whose quote differs from the quote of a hop they cite (a hop of the cited source,
   * on the trace), in hop order. Computed only when asked for, and bounded: at most 2000
   * (hop, cited hop) pairs are compared, round by round (every hop with the first hop it
   * cites, then with the second, …), each quote on its first 1000 characters. `driftLimits`
   * says what was compared and what the bounds cut.
   */
  drift: Array<QuoteDrift>;
  /** What `drift` compared, and what its bounds left out (pairs not compared, quotes clipped). */
  driftLimits: DriftLimits;
  /** The distinct trail ends of support that stop by themselves (origins, dead ends, sources on the other side), each with why, by source id. */
  ends: Array<TrailEnd>;
  /**
   * What reviewers of the claim found beyond its trail: the findings of the claim's live
   * reviews, by review id then finding id, at most 100 (the rest are left out here;
   * `Review.findings` lists them all). These are the reviewers' findings, shown after the
   * trail's own end: never a citation a source made, and never counted as support, a trail
   * end, corroboration or a dependent (`nodes`, `hops`, `paths`, `origins`, `deadEnds`,
   * `corroboration` and `dependents` never include them).
   */
  findings: Array<TraceFinding>;
  /** Every citation on either trail: one hop from the source that says the claim to the source it names. In citation id order. */
  hops: Array<TraceHop>;
  /** How many independent voices support the claim and stand (lines of status LIVE): void, self-disputed and circular lines, and rumours, are not counted. */
  independentLines: Scalars['Int']['output'];
  /** The most hops from a start to a source the walk reached (0 when no source cites another). */
  maxDepthReached: Scalars['Int']['output'];
  /** Every source on either trail, once, with its depth and its roles on each side. */
  nodes: Array<TraceNode>;
  /**
   * Trail ends of support that are origins: sources first-hand for this claim (see
   * `Citation.firstHand`). An origin known only through another document is still listed:
   * its trail end says `secondHand` and reads `origin, unverified: …`.
   */
  origins: Array<Source>;
  /** Each path from a start to a trail end, support paths first, then dispute paths. */
  paths: Array<TracePath>;
  /** Retracted sources on the trail of support, and retracted documents its hops are read in; the support through them is void (see `SupportLine.status`). */
  retracted: Array<Source>;
  /** Sources that only relay the claim (MENTIONS) with no recorded speaker and name no source: a rumour, no line of support at all. By id. */
  rumours: Array<Source>;
  /** Sources recorded both supporting and disputing the claim (an abstract and its own results): on both trails, and a line resting only on them is SELF_DISPUTED. By id. */
  selfDisputed: Array<Source>;
  /** True when a bound (maxDepth, or the caps on citations, paths and loops) cut the walk short. The drift bounds are reported apart, in `driftLimits`. */
  truncated: Scalars['Boolean']['output'];
  /** Lines of support that stand on nothing: every way out passes a retracted source (RETRACTED) or a source that also disputes the claim (SELF_DISPUTED), or the only sources they cite dispute the claim (DISPUTED_AT_SOURCE). */
  voidLines: Scalars['Int']['output'];
};

/**
 * A reviewer's finding as a trace shows it: after the trail's own end, never on it. It is the
 * reviewer's work, not a citation any source made.
 */
export type TraceFinding = {
  __typename?: 'TraceFinding';
  /**
   * True when `beyond` is a trail end of this very trace: one of its `origins` or
   * `deadEnds[].source`. False when the finding names no `beyond`, or one this trace does not
   * end at (the trail changed since, or the reviewer went beyond another source).
   */
  afterTrailEnd: Scalars['Boolean']['output'];
  /** The trail end the reviewer went beyond, where the finding names one. */
  beyond?: Maybe<Source>;
  finding: Finding;
  locator?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
  relation: FindingRelation;
  /** The review the finding belongs to. */
  review: Review;
  /** Who made the finding: the review's reviewer, where the review names one. */
  reviewer?: Maybe<Actor>;
  /** The source the reviewer found. */
  source: Source;
};

export type TraceHop = {
  __typename?: 'TraceHop';
  citation: Citation;
  /** The citing source's date, where known. */
  date?: Maybe<Scalars['PartialDate']['output']>;
  /**
   * The hop's number along the shortest way from a start of its side: 1 for a start's own
   * hops. A hop that names no source counts too, so with `maxDepth: N` the own hop of a
   * source N hops away is number N + 1.
   */
  depth: Scalars['Int']['output'];
  /** The document the hop is observed in (see Citation.evidencedIn). */
  evidencedIn: Source;
  /** The source that says the claim at this hop. */
  from: Source;
  locator?: Maybe<Scalars['String']['output']>;
  quote: Scalars['String']['output'];
  /**
   * True when the hop is known only through another document (`evidencedIn` is not `from`):
   * what `from` says, and what it cites, were not read in `from` itself.
   */
  secondHand: Scalars['Boolean']['output'];
  side: TraceSide;
  speakers: Array<Actor>;
  stance: Stance;
  /** The source it names as its own source (for a disputing hop, its grounds); null where the trail ends. */
  to?: Maybe<Source>;
};

export type TraceNode = {
  __typename?: 'TraceNode';
  /** Hops from the nearest start, on either side (0 for a start); maxDepth + 1 for a source beyond maxDepth. */
  depth: Scalars['Int']['output'];
  /** Every role the source holds on the trail of dispute. Empty when it is only on the trail of support. */
  disputeRoles: Array<TraceRole>;
  /** @deprecated A source may hold several roles: read `roles` and `disputeRoles`. This is the first of them, support first. */
  role: TraceRole;
  /** Every role the source holds on the trail of support, e.g. [ENTRY, DEAD_END] for a source that says the claim and names no source. Empty when it is only on the trail of dispute. */
  roles: Array<TraceRole>;
  source: Source;
};

export type TracePath = {
  __typename?: 'TracePath';
  /** The citations taken, one per hop. */
  citationIds: Array<Scalars['ID']['output']>;
  end: TrailEnd;
  /** True when a source on this path is retracted. */
  restsOnRetracted: Scalars['Boolean']['output'];
  /** True when a hop on this path, or its end, is known only through another document. */
  secondHand: Scalars['Boolean']['output'];
  side: TraceSide;
  /** Source ids from the start to the trail end. */
  sourceIds: Array<Scalars['ID']['output']>;
};

export type TraceRole =
  /** Reached by a hop, but maxDepth stopped the walk before it. */
  | 'BEYOND_DEPTH'
  /** A trail end at a source that is not first-hand for the claim and names no source. */
  | 'DEAD_END'
  /** Says the claim, and no other source on the same trail cites it for the claim. */
  | 'ENTRY'
  /** A trail end that is an origin: first-hand for this claim. */
  | 'ORIGIN'
  /** Cited on this trail, but says the claim only on the other side (a source cited for a claim that disputes it). */
  | 'OTHER_SIDE'
  /** Cited on the way, and cites further. */
  | 'RELAY';

/** The side of a trail a hop, path or trail end is on. */
export type TraceSide =
  /** The hop disputes the claim; what it cites are the grounds of the dispute. */
  | 'DISPUTE'
  /** The hop supports or relays (MENTIONS) the claim. */
  | 'SUPPORT';

export type TrailEnd = {
  __typename?: 'TrailEnd';
  /**
   * Why the trail ends here, in words: `unsourced beyond [X]`, or `unverified beyond
   * [Congressional reports]: known only through [the article]` when the end is second-hand,
   * `origin: [X] is first-hand for this claim`, `loops back to [X]`, …
   */
  explanation: Scalars['String']['output'];
  kind: TrailEndKind;
  /** The documents the end is known through, when it is second-hand; empty otherwise. */
  knownThrough: Array<Source>;
  /** True when what the trail knows of the source at its end comes only through other documents (`knownThrough`). */
  secondHand: Scalars['Boolean']['output'];
  side: TraceSide;
  source: Source;
};

export type TrailEndKind =
  /** The path returns to a source already on it. */
  | 'CYCLE'
  /** The source is not first-hand for the claim and names no source for it. */
  | 'DEAD_END'
  /** maxDepth stopped the walk here. */
  | 'DEPTH_LIMIT'
  /** The source is first-hand for this claim: its own data, act or statement. */
  | 'ORIGIN'
  /** The cited source says the claim only on the other side: cited for the claim, it disputes it (or cited against it, it supports it). */
  | 'OTHER_SIDE';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Entity:
    | ( ActorRecord )
    | ( ChemicalRecord )
    | ( PlaceRecord )
    | ( RouteRecord )
  ;
  SearchResult:
    | ( ActorRecord )
    | ( ChemicalRecord )
    | ( ClaimRecord )
    | ( PlaceRecord )
    | ( SourceRecord )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( ActorRecord )
    | ( ChemicalRecord )
    | ( CitationRecord )
    | ( ClaimRecord )
    | ( FindingRecord )
    | ( PlaceRecord )
    | ( ReviewRecord )
    | ( RouteRecord )
    | ( SourceRecord )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<ActorRecord>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorInput: ActorInput;
  ActorKind: ActorKind;
  ActorPatch: ActorPatch;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Chemical: ResolverTypeWrapper<ChemicalRecord>;
  ChemicalConnection: ResolverTypeWrapper<Omit<ChemicalConnection, 'edges'> & { edges: Array<ResolversTypes['ChemicalEdge']> }>;
  ChemicalEdge: ResolverTypeWrapper<Omit<ChemicalEdge, 'node'> & { node: ResolversTypes['Chemical'] }>;
  ChemicalFilter: ChemicalFilter;
  ChemicalInput: ChemicalInput;
  ChemicalPatch: ChemicalPatch;
  ChemicalRole: ChemicalRole;
  Citation: ResolverTypeWrapper<CitationRecord>;
  CitationCycle: ResolverTypeWrapper<CitationCycleRecord>;
  CitationInput: CitationInput;
  CitationPatch: CitationPatch;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimPatch: ClaimPatch;
  Conflicts: ResolverTypeWrapper<ConflictsRecord>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadEnd: ResolverTypeWrapper<DeadEndRecord>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  Dependent: ResolverTypeWrapper<DependentRecord>;
  DisputeTrail: ResolverTypeWrapper<DisputeTrailRecord>;
  DriftLimits: ResolverTypeWrapper<DriftLimits>;
  Entity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Entity']>;
  Finding: ResolverTypeWrapper<FindingRecord>;
  FindingInput: FindingInput;
  FindingPatch: FindingPatch;
  FindingRelation: FindingRelation;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphInput: GraphInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportSummary: ResolverTypeWrapper<ImportSummary>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LineMerge: ResolverTypeWrapper<Omit<LineMerge, 'sources'> & { sources: Array<ResolversTypes['Source']> }>;
  LineMergeReason: LineMergeReason;
  LineStatus: LineStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Place: ResolverTypeWrapper<PlaceRecord>;
  PlaceConnection: ResolverTypeWrapper<Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceEdge']> }>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceFilter: PlaceFilter;
  PlaceInput: PlaceInput;
  PlaceKind: PlaceKind;
  PlacePatch: PlacePatch;
  PurgePayload: ResolverTypeWrapper<PurgePayload>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteAnchor: ResolverTypeWrapper<Omit<QuoteAnchor, 'in'> & { in: ResolversTypes['Source'] }>;
  QuoteChange: QuoteChange;
  QuoteDrift: ResolverTypeWrapper<QuoteDriftRecord>;
  RecordMeta: ResolverTypeWrapper<StoredRecord>;
  RecordRevision: ResolverTypeWrapper<RecordRevision>;
  Review: ResolverTypeWrapper<ReviewRecord>;
  ReviewInput: ReviewInput;
  ReviewPatch: ReviewPatch;
  Route: ResolverTypeWrapper<RouteRecord>;
  RouteConnection: ResolverTypeWrapper<Omit<RouteConnection, 'edges'> & { edges: Array<ResolversTypes['RouteEdge']> }>;
  RouteEdge: ResolverTypeWrapper<Omit<RouteEdge, 'node'> & { node: ResolversTypes['Route'] }>;
  RouteFilter: RouteFilter;
  RouteInput: RouteInput;
  RouteMode: RouteMode;
  RoutePatch: RoutePatch;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SearchKind: SearchKind;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFilter: SourceFilter;
  SourceInput: SourceInput;
  SourceKind: SourceKind;
  SourcePatch: SourcePatch;
  Stance: Stance;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportLine: ResolverTypeWrapper<SupportLineRecord>;
  Trace: ResolverTypeWrapper<TraceRecord>;
  TraceFinding: ResolverTypeWrapper<TraceFindingRecord>;
  TraceHop: ResolverTypeWrapper<TraceHopRecord>;
  TraceNode: ResolverTypeWrapper<TraceNodeRecord>;
  TracePath: ResolverTypeWrapper<TracePathRecord>;
  TraceRole: TraceRole;
  TraceSide: TraceSide;
  TrailEnd: ResolverTypeWrapper<TrailEndRecord>;
  TrailEndKind: TrailEndKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: ActorRecord;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  ActorInput: ActorInput;
  ActorPatch: ActorPatch;
  Boolean: Scalars['Boolean']['output'];
  Chemical: ChemicalRecord;
  ChemicalConnection: Omit<ChemicalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChemicalEdge']> };
  ChemicalEdge: Omit<ChemicalEdge, 'node'> & { node: ResolversParentTypes['Chemical'] };
  ChemicalFilter: ChemicalFilter;
  ChemicalInput: ChemicalInput;
  ChemicalPatch: ChemicalPatch;
  Citation: CitationRecord;
  CitationCycle: CitationCycleRecord;
  CitationInput: CitationInput;
  CitationPatch: CitationPatch;
  Claim: ClaimRecord;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimPatch: ClaimPatch;
  Conflicts: ConflictsRecord;
  DateTime: Scalars['DateTime']['output'];
  DeadEnd: DeadEndRecord;
  DeletePayload: DeletePayload;
  Dependent: DependentRecord;
  DisputeTrail: DisputeTrailRecord;
  DriftLimits: DriftLimits;
  Entity: ResolversUnionTypes<ResolversParentTypes>['Entity'];
  Finding: FindingRecord;
  FindingInput: FindingInput;
  FindingPatch: FindingPatch;
  Float: Scalars['Float']['output'];
  GraphInput: GraphInput;
  ID: Scalars['ID']['output'];
  ImportSummary: ImportSummary;
  Int: Scalars['Int']['output'];
  LineMerge: Omit<LineMerge, 'sources'> & { sources: Array<ResolversParentTypes['Source']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Place: PlaceRecord;
  PlaceConnection: Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceEdge']> };
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceFilter: PlaceFilter;
  PlaceInput: PlaceInput;
  PlacePatch: PlacePatch;
  PurgePayload: PurgePayload;
  Query: Record<PropertyKey, never>;
  QuoteAnchor: Omit<QuoteAnchor, 'in'> & { in: ResolversParentTypes['Source'] };
  QuoteDrift: QuoteDriftRecord;
  RecordMeta: StoredRecord;
  RecordRevision: RecordRevision;
  Review: ReviewRecord;
  ReviewInput: ReviewInput;
  ReviewPatch: ReviewPatch;
  Route: RouteRecord;
  RouteConnection: Omit<RouteConnection, 'edges'> & { edges: Array<ResolversParentTypes['RouteEdge']> };
  RouteEdge: Omit<RouteEdge, 'node'> & { node: ResolversParentTypes['Route'] };
  RouteFilter: RouteFilter;
  RouteInput: RouteInput;
  RoutePatch: RoutePatch;
  SearchHit: SearchHitRecord;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Source: SourceRecord;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFilter: SourceFilter;
  SourceInput: SourceInput;
  SourcePatch: SourcePatch;
  String: Scalars['String']['output'];
  SupportLine: SupportLineRecord;
  Trace: TraceRecord;
  TraceFinding: TraceFindingRecord;
  TraceHop: TraceHopRecord;
  TraceNode: TraceNodeRecord;
  TracePath: TracePathRecord;
  TrailEnd: TrailEndRecord;
}>;

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authored?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<ActorAuthoredArgs, 'first'>>;
  authoredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<ActorPublishedArgs, 'first'>>;
  publishedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type ChemicalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Chemical'] = ResolversParentTypes['Chemical']> = ResolversObject<{
  casNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  controlStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isClass?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ChemicalRole'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChemicalConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChemicalConnection'] = ResolversParentTypes['ChemicalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChemicalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChemicalEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChemicalEdge'] = ResolversParentTypes['ChemicalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Chemical'], ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  anchor?: Resolver<Maybe<ResolversTypes['QuoteAnchor']>, ParentType, ContextType>;
  cites?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  evidencedIn?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  firstHand?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CitationCycleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitationCycle'] = ResolversParentTypes['CitationCycle']> = ResolversObject<{
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  appliesFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  appliesUntil?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  attributedTo?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<ClaimAttributedToArgs, 'first'>>;
  attributedToCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<ClaimCitationsArgs, 'first'>>;
  citationsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contradicts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ClaimContradictsArgs, 'first'>>;
  contradictsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<ClaimReviewsArgs, 'first'>>;
  reviewsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type ConflictsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Conflicts'] = ResolversParentTypes['Conflicts']> = ResolversObject<{
  contradictingClaims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  disputing?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadEndResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeadEnd'] = ResolversParentTypes['DeadEnd']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  knownThrough?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  secondHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type DeletePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = ResolversObject<{
  deletedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DependentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Dependent'] = ResolversParentTypes['Dependent']> = ResolversObject<{
  alone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  disputes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DisputeTrailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DisputeTrail'] = ResolversParentTypes['DisputeTrail']> = ResolversObject<{
  deadEnds?: Resolver<Array<ResolversTypes['DeadEnd']>, ParentType, ContextType>;
  ends?: Resolver<Array<ResolversTypes['TrailEnd']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['TraceHop']>, ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['TracePath']>, ParentType, ContextType>;
  retracted?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type DriftLimitsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DriftLimits'] = ResolversParentTypes['DriftLimits']> = ResolversObject<{
  maxPairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxQuoteChars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairsCompared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairsSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotesClipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Chemical' | 'Place' | 'Route', ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  beyond?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['FindingRelation'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportSummary'] = ResolversParentTypes['ImportSummary']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LineMergeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LineMerge'] = ResolversParentTypes['LineMerge']> = ResolversObject<{
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['LineMergeReason'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteRecord?: Resolver<Maybe<ResolversTypes['DeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteRecordArgs, 'id'>>;
  importGraph?: Resolver<Maybe<ResolversTypes['ImportSummary']>, ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'input'>>;
  patchActor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<MutationPatchActorArgs, 'id' | 'input'>>;
  patchChemical?: Resolver<Maybe<ResolversTypes['Chemical']>, ParentType, ContextType, RequireFields<MutationPatchChemicalArgs, 'id' | 'input'>>;
  patchCitation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<MutationPatchCitationArgs, 'id' | 'input'>>;
  patchClaim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<MutationPatchClaimArgs, 'id' | 'input'>>;
  patchFinding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<MutationPatchFindingArgs, 'id' | 'input'>>;
  patchPlace?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<MutationPatchPlaceArgs, 'id' | 'input'>>;
  patchReview?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<MutationPatchReviewArgs, 'id' | 'input'>>;
  patchRoute?: Resolver<Maybe<ResolversTypes['Route']>, ParentType, ContextType, RequireFields<MutationPatchRouteArgs, 'id' | 'input'>>;
  patchSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<MutationPatchSourceArgs, 'id' | 'input'>>;
  purgeRecord?: Resolver<Maybe<ResolversTypes['PurgePayload']>, ParentType, ContextType, RequireFields<MutationPurgeRecordArgs, 'id'>>;
  retractSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<MutationRetractSourceArgs, 'id' | 'retracted'>>;
  revert?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<MutationRevertArgs, 'id' | 'revision'>>;
  upsertActor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<MutationUpsertActorArgs, 'input'>>;
  upsertChemical?: Resolver<Maybe<ResolversTypes['Chemical']>, ParentType, ContextType, RequireFields<MutationUpsertChemicalArgs, 'input'>>;
  upsertCitation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<MutationUpsertCitationArgs, 'input'>>;
  upsertClaim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<MutationUpsertClaimArgs, 'input'>>;
  upsertFinding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<MutationUpsertFindingArgs, 'input'>>;
  upsertPlace?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<MutationUpsertPlaceArgs, 'input'>>;
  upsertReview?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<MutationUpsertReviewArgs, 'input'>>;
  upsertRoute?: Resolver<Maybe<ResolversTypes['Route']>, ParentType, ContextType, RequireFields<MutationUpsertRouteArgs, 'input'>>;
  upsertSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<MutationUpsertSourceArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Chemical' | 'Citation' | 'Claim' | 'Finding' | 'Place' | 'Review' | 'Route' | 'Source', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PlaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PlaceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type PurgePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurgePayload'] = ResolversParentTypes['PurgePayload']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  chemical?: Resolver<Maybe<ResolversTypes['Chemical']>, ParentType, ContextType, RequireFields<QueryChemicalArgs, 'id'>>;
  chemicals?: Resolver<ResolversTypes['ChemicalConnection'], ParentType, ContextType, RequireFields<QueryChemicalsArgs, 'first'>>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<QueryCitationArgs, 'id'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  dependents?: Resolver<Array<ResolversTypes['Dependent']>, ParentType, ContextType, RequireFields<QueryDependentsArgs, 'sourceId'>>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<QueryFindingArgs, 'id'>>;
  history?: Resolver<Array<ResolversTypes['RecordRevision']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first'>>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  route?: Resolver<Maybe<ResolversTypes['Route']>, ParentType, ContextType, RequireFields<QueryRouteArgs, 'id'>>;
  routes?: Resolver<ResolversTypes['RouteConnection'], ParentType, ContextType, RequireFields<QueryRoutesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  trace?: Resolver<Maybe<ResolversTypes['Trace']>, ParentType, ContextType, RequireFields<QueryTraceArgs, 'claimId' | 'maxDepth'>>;
}>;

export type QuoteAnchorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteAnchor'] = ResolversParentTypes['QuoteAnchor']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  in?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suffix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QuoteDriftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteDrift'] = ResolversParentTypes['QuoteDrift']> = ResolversObject<{
  attributionsAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attributionsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['QuoteChange'], ParentType, ContextType>;
  conditionsAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  conditionsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  hedgesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hedgesRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  meaningChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  namesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  namesRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  negationFlipped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  numbersAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  numbersRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  qualifiersAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  qualifiersRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reordered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  samePassage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  wordsAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  wordsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RecordMetaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecordMeta'] = ResolversParentTypes['RecordMeta']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecordRevisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecordRevision'] = ResolversParentTypes['RecordRevision']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = ResolversObject<{
  bestRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<ReviewFindingsArgs, 'first'>>;
  findingsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  ratingValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  worstRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RouteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Route'] = ResolversParentTypes['Route']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RouteMode'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  transports?: Resolver<Array<ResolversTypes['Chemical']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RouteConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RouteConnection'] = ResolversParentTypes['RouteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RouteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RouteEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RouteEdge'] = ResolversParentTypes['RouteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Route'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Chemical' | 'Claim' | 'Place' | 'Source', ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  authors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<SourceCitationsArgs, 'first'>>;
  citationsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<SourceCitedByArgs, 'first'>>;
  citedByCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPrimary?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['RecordMeta'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SourceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type SupportLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupportLine'] = ResolversParentTypes['SupportLine']> = ResolversObject<{
  mergedBecause?: Resolver<Array<ResolversTypes['LineMergeReason']>, ParentType, ContextType>;
  merges?: Resolver<Array<ResolversTypes['LineMerge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LineStatus'], ParentType, ContextType>;
  upstream?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type TraceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Trace'] = ResolversParentTypes['Trace']> = ResolversObject<{
  circular?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  circularOnlyLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  closedLoop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  conflicts?: Resolver<ResolversTypes['Conflicts'], ParentType, ContextType>;
  corroboration?: Resolver<Array<ResolversTypes['SupportLine']>, ParentType, ContextType>;
  cycles?: Resolver<Array<ResolversTypes['CitationCycle']>, ParentType, ContextType>;
  deadEnds?: Resolver<Array<ResolversTypes['DeadEnd']>, ParentType, ContextType>;
  disputes?: Resolver<ResolversTypes['DisputeTrail'], ParentType, ContextType>;
  drift?: Resolver<Array<ResolversTypes['QuoteDrift']>, ParentType, ContextType>;
  driftLimits?: Resolver<ResolversTypes['DriftLimits'], ParentType, ContextType>;
  ends?: Resolver<Array<ResolversTypes['TrailEnd']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['TraceFinding']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['TraceHop']>, ParentType, ContextType>;
  independentLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDepthReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TraceNode']>, ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['TracePath']>, ParentType, ContextType>;
  retracted?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  rumours?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  selfDisputed?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  voidLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TraceFindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TraceFinding'] = ResolversParentTypes['TraceFinding']> = ResolversObject<{
  afterTrailEnd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  beyond?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['FindingRelation'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type TraceHopResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TraceHop'] = ResolversParentTypes['TraceHop']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidencedIn?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secondHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['TraceSide'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type TraceNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TraceNode'] = ResolversParentTypes['TraceNode']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputeRoles?: Resolver<Array<ResolversTypes['TraceRole']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TraceRole'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['TraceRole']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type TracePathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TracePath'] = ResolversParentTypes['TracePath']> = ResolversObject<{
  citationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['TrailEnd'], ParentType, ContextType>;
  restsOnRetracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secondHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['TraceSide'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type TrailEndResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrailEnd'] = ResolversParentTypes['TrailEnd']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrailEndKind'], ParentType, ContextType>;
  knownThrough?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  secondHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['TraceSide'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Chemical?: ChemicalResolvers<ContextType>;
  ChemicalConnection?: ChemicalConnectionResolvers<ContextType>;
  ChemicalEdge?: ChemicalEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitationCycle?: CitationCycleResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Conflicts?: ConflictsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeadEnd?: DeadEndResolvers<ContextType>;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Dependent?: DependentResolvers<ContextType>;
  DisputeTrail?: DisputeTrailResolvers<ContextType>;
  DriftLimits?: DriftLimitsResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  ImportSummary?: ImportSummaryResolvers<ContextType>;
  LineMerge?: LineMergeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PurgePayload?: PurgePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteAnchor?: QuoteAnchorResolvers<ContextType>;
  QuoteDrift?: QuoteDriftResolvers<ContextType>;
  RecordMeta?: RecordMetaResolvers<ContextType>;
  RecordRevision?: RecordRevisionResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  Route?: RouteResolvers<ContextType>;
  RouteConnection?: RouteConnectionResolvers<ContextType>;
  RouteEdge?: RouteEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SupportLine?: SupportLineResolvers<ContextType>;
  Trace?: TraceResolvers<ContextType>;
  TraceFinding?: TraceFindingResolvers<ContextType>;
  TraceHop?: TraceHopResolvers<ContextType>;
  TraceNode?: TraceNodeResolvers<ContextType>;
  TracePath?: TracePathResolvers<ContextType>;
  TrailEnd?: TrailEndResolvers<ContextType>;
}>;

