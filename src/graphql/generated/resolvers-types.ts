import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRecord, PlaceRecord, ChemicalRecord, RouteRecord, SourceRecord, ClaimRecord, CitationRecord, ReviewRecord, StoredRecord, SearchHitRecord, TraceRecord, TraceNodeRecord, TraceHopRecord, TracePathRecord, TrailEndRecord, DeadEndRecord, SupportLineRecord, CitationCycleRecord, QuoteDriftRecord, ConflictsRecord, DependentRecord } from '../mappers.js';
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
  /** Citations on the trail whose stance is DISPUTES. */
  disputing: Array<Citation>;
};

export type DeadEnd = {
  __typename?: 'DeadEnd';
  explanation: Scalars['String']['output'];
  source: Source;
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The revision that records the deletion. */
  revision: Scalars['Int']['output'];
};

/** A claim whose support rests on a given source. */
export type Dependent = {
  __typename?: 'Dependent';
  /** True when every trail of the claim passes through the source: without it, the claim has no support left. */
  alone: Scalars['Boolean']['output'];
  claim: Claim;
  /** True when the source is retracted. */
  retracted: Scalars['Boolean']['output'];
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

export type GraphInput = {
  actors?: InputMaybe<Array<ActorInput>>;
  chemicals?: InputMaybe<Array<ChemicalInput>>;
  citations?: InputMaybe<Array<CitationInput>>;
  claims?: InputMaybe<Array<ClaimInput>>;
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
 * the colon names the kind (actor, place, chemical, route, source, claim, citation, review),
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
   * Every claim whose support rests on the source, directly or down a chain, and whether it
   * rests on it alone. At most 500 claims, in id order.
   */
  dependents: Array<Dependent>;
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
   * The provenance of a claim, in one database round trip. `maxDepth` is at most 20; the walk
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

export type QuoteDrift = {
  __typename?: 'QuoteDrift';
  /** The citing hop and the hop it cites. */
  from: Citation;
  /** Capitalised names in one quote but not the other. */
  namesAdded: Array<Scalars['String']['output']>;
  namesRemoved: Array<Scalars['String']['output']>;
  /** Numbers (figures, percentages, years) in one quote but not the other. */
  numbersAdded: Array<Scalars['String']['output']>;
  numbersRemoved: Array<Scalars['String']['output']>;
  /** Word-level similarity of the two quotes, from 0 (nothing shared) to 1 (same words). */
  similarity: Scalars['Float']['output'];
  to: Citation;
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

export type SupportLine = {
  __typename?: 'SupportLine';
  /** The sources that say the claim (not disputing it) in this line. */
  sources: Array<Source>;
  /** The trail ends this line rests on. */
  upstream: Array<Source>;
};

/**
 * Where a claim comes from: the sources that say it, the sources those name, and so on, as a
 * subgraph a client can draw, plus what an investigator looks for in it. Built from the
 * citations that carry the claim; nothing in it says whether the claim is true.
 */
export type Trace = {
  __typename?: 'Trace';
  /** True when the claim's provenance contains a citation loop: circular reporting. */
  circular: Scalars['Boolean']['output'];
  claim: Claim;
  /** Sources that dispute the claim, and claims recorded as contradicting it. */
  conflicts: Conflicts;
  /** Sources that say the claim, grouped so that sources sharing an upstream source form one line. */
  corroboration: Array<SupportLine>;
  /** Citation loops among the claim's sources (A cites B cites … cites A). */
  cycles: Array<CitationCycle>;
  /** Trail ends at secondary sources that name no source: the claim is unsourced beyond them. */
  deadEnds: Array<DeadEnd>;
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
  /** Every citation on the trail: one hop from the source that says the claim to the source it names. */
  hops: Array<TraceHop>;
  /** How many independent lines of support the claim has (the number of corroboration groups). */
  independentLines: Scalars['Int']['output'];
  /** The deepest hop the walk reached (1 = the sources that say the claim first-hand in the graph). */
  maxDepthReached: Scalars['Int']['output'];
  /** Every source on the trail, once, with the depth at which the walk first reached it. */
  nodes: Array<TraceNode>;
  /** Trail ends that are origins: primary sources, or sources that report their own data or acts. */
  origins: Array<Source>;
  /** Each path from the claim to a trail end, as the sources it passes, in order. */
  paths: Array<TracePath>;
  /** Retracted sources on the trail; the claim's support through them is void. */
  retracted: Array<Source>;
  /** True when a bound (maxDepth, or the caps on citations, paths and loops) cut the walk short. The drift bounds are reported apart, in `driftLimits`. */
  truncated: Scalars['Boolean']['output'];
};

export type TraceHop = {
  __typename?: 'TraceHop';
  citation: Citation;
  /** The citing source's date, where known. */
  date?: Maybe<Scalars['PartialDate']['output']>;
  depth: Scalars['Int']['output'];
  /** The document the hop is observed in (see Citation.evidencedIn). */
  evidencedIn: Source;
  /** The source that says the claim at this hop. */
  from: Source;
  locator?: Maybe<Scalars['String']['output']>;
  quote: Scalars['String']['output'];
  speakers: Array<Actor>;
  stance: Stance;
  /** The source it names as its own source; null where the trail ends. */
  to?: Maybe<Source>;
};

export type TraceNode = {
  __typename?: 'TraceNode';
  depth: Scalars['Int']['output'];
  role: TraceRole;
  source: Source;
};

export type TracePath = {
  __typename?: 'TracePath';
  /** The citations taken, one per hop. */
  citationIds: Array<Scalars['ID']['output']>;
  end: TrailEnd;
  /** True when a source on this path is retracted. */
  restsOnRetracted: Scalars['Boolean']['output'];
  /** Source ids from the claim's side to the trail end. */
  sourceIds: Array<Scalars['ID']['output']>;
};

export type TraceRole =
  /** Reached by a hop, but maxDepth stopped the walk before it. */
  | 'BEYOND_DEPTH'
  /** A trail end at a secondary source that names no source. */
  | 'DEAD_END'
  /** Says the claim, and no other source on the trail cites it for the claim. */
  | 'ENTRY'
  /** A trail end that is an origin. */
  | 'ORIGIN'
  /** Cited on the way, and cites further. */
  | 'RELAY';

export type TrailEnd = {
  __typename?: 'TrailEnd';
  /** Why the trail ends here, in words: e.g. `unsourced beyond [Congressional reports]`. */
  explanation: Scalars['String']['output'];
  kind: TrailEndKind;
  source: Source;
};

export type TrailEndKind =
  /** The path returns to a source already on it. */
  | 'CYCLE'
  | 'DEAD_END'
  /** maxDepth stopped the walk here. */
  | 'DEPTH_LIMIT'
  | 'ORIGIN';

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
  DriftLimits: ResolverTypeWrapper<DriftLimits>;
  Entity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Entity']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphInput: GraphInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportSummary: ResolverTypeWrapper<ImportSummary>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
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
  TraceHop: ResolverTypeWrapper<TraceHopRecord>;
  TraceNode: ResolverTypeWrapper<TraceNodeRecord>;
  TracePath: ResolverTypeWrapper<TracePathRecord>;
  TraceRole: TraceRole;
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
  DriftLimits: DriftLimits;
  Entity: ResolversUnionTypes<ResolversParentTypes>['Entity'];
  Float: Scalars['Float']['output'];
  GraphInput: GraphInput;
  ID: Scalars['ID']['output'];
  ImportSummary: ImportSummary;
  Int: Scalars['Int']['output'];
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
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type ImportSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportSummary'] = ResolversParentTypes['ImportSummary']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteRecord?: Resolver<Maybe<ResolversTypes['DeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteRecordArgs, 'id'>>;
  importGraph?: Resolver<Maybe<ResolversTypes['ImportSummary']>, ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'input'>>;
  patchActor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<MutationPatchActorArgs, 'id' | 'input'>>;
  patchChemical?: Resolver<Maybe<ResolversTypes['Chemical']>, ParentType, ContextType, RequireFields<MutationPatchChemicalArgs, 'id' | 'input'>>;
  patchCitation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<MutationPatchCitationArgs, 'id' | 'input'>>;
  patchClaim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<MutationPatchClaimArgs, 'id' | 'input'>>;
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
  upsertPlace?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<MutationUpsertPlaceArgs, 'input'>>;
  upsertReview?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<MutationUpsertReviewArgs, 'input'>>;
  upsertRoute?: Resolver<Maybe<ResolversTypes['Route']>, ParentType, ContextType, RequireFields<MutationUpsertRouteArgs, 'input'>>;
  upsertSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<MutationUpsertSourceArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Chemical' | 'Citation' | 'Claim' | 'Place' | 'Review' | 'Route' | 'Source', ParentType, ContextType>;
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

export type QuoteDriftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteDrift'] = ResolversParentTypes['QuoteDrift']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  namesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  namesRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  numbersAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  numbersRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
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
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  upstream?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type TraceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Trace'] = ResolversParentTypes['Trace']> = ResolversObject<{
  circular?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  conflicts?: Resolver<ResolversTypes['Conflicts'], ParentType, ContextType>;
  corroboration?: Resolver<Array<ResolversTypes['SupportLine']>, ParentType, ContextType>;
  cycles?: Resolver<Array<ResolversTypes['CitationCycle']>, ParentType, ContextType>;
  deadEnds?: Resolver<Array<ResolversTypes['DeadEnd']>, ParentType, ContextType>;
  drift?: Resolver<Array<ResolversTypes['QuoteDrift']>, ParentType, ContextType>;
  driftLimits?: Resolver<ResolversTypes['DriftLimits'], ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['TraceHop']>, ParentType, ContextType>;
  independentLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDepthReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TraceNode']>, ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['TracePath']>, ParentType, ContextType>;
  retracted?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TraceHopResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TraceHop'] = ResolversParentTypes['TraceHop']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidencedIn?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type TraceNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TraceNode'] = ResolversParentTypes['TraceNode']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TraceRole'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type TracePathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TracePath'] = ResolversParentTypes['TracePath']> = ResolversObject<{
  citationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['TrailEnd'], ParentType, ContextType>;
  restsOnRetracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type TrailEndResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrailEnd'] = ResolversParentTypes['TrailEnd']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrailEndKind'], ParentType, ContextType>;
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
  DriftLimits?: DriftLimitsResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  ImportSummary?: ImportSummaryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PurgePayload?: PurgePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
  TraceHop?: TraceHopResolvers<ContextType>;
  TraceNode?: TraceNodeResolvers<ContextType>;
  TracePath?: TracePathResolvers<ContextType>;
  TrailEnd?: TrailEndResolvers<ContextType>;
}>;

