import { PROBE_CITATIONS, PROBE_CLAIM_COUNT, PROBE_SOURCES, probeClaimId, probeSourceId } from './probe-claims.js';
import { Random } from './random.js';

/** Node properties as the product stores them (the record's fields plus its meta). */
export type NodeProps = Record<string, string | number | boolean>;

/** One citation to create, with the ids its relationships point to. */
export interface CitationRow {
  props: NodeProps;
  claimId: string;
  sourceId: string;
  /** The source it names; null where the trail ends. */
  citesId: string | null;
}

/** Claims and the citations that carry them, loaded together in one transaction. */
export interface GraphBatch {
  claims: NodeProps[];
  citations: CitationRow[];
}

export interface GraphSpec {
  /** Total nodes wanted (claims + sources + citations); the graph ends within one claim of it. */
  nodes: number;
  seed: number;
  /** createdAt/updatedAt of every record. */
  at: string;
  /** Rows per batch (claims + citations). */
  batchRows: number;
}

/** What the generated graph holds, filled in as its batches are consumed. */
export interface GraphShape {
  sources: number;
  claims: number;
  citations: number;
  probeClaims: number;
  /** Claims with more than one origin or dead end (independent lines). */
  multiRootClaims: number;
  /** Claims where one source cites two sources of the claim's trail. */
  diamondClaims: number;
  /** Claims whose trail loops back to a source already on it. */
  cyclicClaims: number;
  maxCitationsPerClaim: number;
}

// Shape parameters. Fan-out is Pareto(min 2, alpha 1.6): median 3, one claim in ~500 above 100.
const SOURCE_SHARE = 0.1;
const PRIMARY_SHARE = 0.15;
const FAN_OUT_ALPHA = 1.6;
const MAX_CITATIONS_PER_CLAIM = 600;
const SECOND_ORIGIN_CHANCE = 0.15;
const DEAD_END_ROOT_CHANCE = 0.1;
const DIAMOND_CHANCE = 0.1;
const CYCLE_CHANCE = 0.03;
const RETRACTED_CHANCE = 0.005;
/** Popularity skew of pool sources: the most cited source is drawn with probability 1/√n. */
const POPULARITY_EXPONENT = 2;

const PRIMARY_KINDS = ['REPORT', 'GOVERNMENT_REPORT', 'DATASET', 'STATEMENT', 'ESTIMATE'] as const;
const SECONDARY_KINDS = ['ARTICLE', 'ARTICLE', 'ARTICLE', 'WEBPAGE', 'SOCIAL_POST', 'REPORT', 'BOOK', 'OTHER'] as const;
const PLACES = ['Rotterdam', 'Antwerp', 'Hamburg', 'Lagos', 'Manzanillo', 'Santos', 'Durban', 'Mombasa', 'Valencia', 'Colombo'];

/**
 * A synthetic citation graph shaped like the product's data: a shared pool of sources (a few
 * popular, most rare; 15% primary), and many claims, each with a provenance tree of
 * citations converging on an origin (a popular primary source, so origins are shared across
 * claims), with skewed fan-out, and now and then a second origin or a dead end, a diamond or
 * a citation loop. The probe claims (probe-claims.ts) come first, on sources of their own.
 *
 * Sources are generated up front (`sources`); claims and citations stream from `batches()`,
 * so even a million nodes never sit in memory at once. The same spec gives the same graph.
 */
export class SyntheticGraph {
  readonly sources: NodeProps[] = [];
  readonly shape: GraphShape;
  private readonly random: Random;
  private readonly meta: NodeProps;
  private readonly primaryCount: number;
  private readonly poolSize: number;
  private readonly fanOutCap: number;

  constructor(private readonly spec: GraphSpec) {
    this.random = new Random(spec.seed);
    this.meta = { createdAt: spec.at, createdBy: 'bench', updatedAt: spec.at, updatedBy: 'bench', revision: 1 };
    this.poolSize = Math.max(100, Math.round(spec.nodes * SOURCE_SHARE));
    this.primaryCount = Math.round(this.poolSize * PRIMARY_SHARE);
    // Leave room for distinct picks: a claim never uses more than a quarter of the secondary pool.
    this.fanOutCap = Math.min(MAX_CITATIONS_PER_CLAIM, Math.floor((this.poolSize - this.primaryCount) / 4));
    for (let index = 0; index < this.poolSize; index++) this.sources.push(this.poolSource(index));
    for (let probe = 0; probe < PROBE_CLAIM_COUNT; probe++) {
      for (const source of PROBE_SOURCES) {
        this.sources.push({
          ...this.meta,
          id: probeSourceId(probe, source.key),
          title: `Probe ${probe} source ${source.key}`,
          kind: source.kind,
          isPrimary: source.isPrimary,
          date: '2020-01',
        });
      }
    }
    this.shape = {
      sources: this.sources.length,
      claims: 0,
      citations: 0,
      probeClaims: 0,
      multiRootClaims: 0,
      diamondClaims: 0,
      cyclicClaims: 0,
      maxCitationsPerClaim: 0,
    };
  }

  /** The probe claims, then random claims until the node count reaches the spec, in batches. */
  *batches(): Generator<GraphBatch> {
    let batch: GraphBatch = { claims: [], citations: [] };
    const add = (claim: NodeProps, citations: CitationRow[]) => {
      batch.claims.push(claim);
      batch.citations.push(...citations);
      this.shape.claims += 1;
      this.shape.citations += citations.length;
      this.shape.maxCitationsPerClaim = Math.max(this.shape.maxCitationsPerClaim, citations.length);
    };
    const full = () => batch.claims.length + batch.citations.length >= this.spec.batchRows;

    for (let probe = 0; probe < PROBE_CLAIM_COUNT; probe++) {
      add(...this.probeClaim(probe));
      this.shape.probeClaims += 1;
    }
    let serial = 0;
    while (this.shape.sources + this.shape.claims + this.shape.citations < this.spec.nodes) {
      if (full()) {
        yield batch;
        batch = { claims: [], citations: [] };
      }
      add(...this.randomClaim(serial++));
    }
    if (batch.claims.length > 0) yield batch;
  }

  private poolSource(index: number): NodeProps {
    const primary = index < this.primaryCount;
    const props: NodeProps = {
      ...this.meta,
      id: `source:s${String(index).padStart(7, '0')}`,
      title: `${primary ? 'Report' : 'Article'} ${index} on seized shipments`,
      kind: this.random.pick(primary ? PRIMARY_KINDS : SECONDARY_KINDS),
      date: `${2000 + this.random.int(25)}-${String(1 + this.random.int(12)).padStart(2, '0')}`,
    };
    if (primary) props.isPrimary = true;
    else if (this.random.chance(0.5)) props.isPrimary = false;
    if (!primary && this.random.chance(RETRACTED_CHANCE)) props.retracted = true;
    return props;
  }

  private probeClaim(probe: number): [NodeProps, CitationRow[]] {
    const claimId = probeClaimId(probe);
    const figure = 10 + probe;
    const claim = { ...this.meta, id: claimId, text: `Probe ${probe}: ${figure} percent of seized shipments passed through Rotterdam.` };
    const citations = PROBE_CITATIONS.map((citation, position) => ({
      props: {
        ...this.meta,
        id: `citation:probe-${String(probe).padStart(2, '0')}-${String(position).padStart(2, '0')}`,
        quote: `${figure} percent of seized shipments passed through Rotterdam, says ${citation.from}.`,
        stance: citation.stance,
        locator: `p. ${position + 1}`,
      },
      claimId,
      sourceId: probeSourceId(probe, citation.from),
      citesId: citation.cites === null ? null : probeSourceId(probe, citation.cites),
    }));
    return [claim, citations];
  }

  /**
   * One random claim. Its trail is a random recursive tree over distinct pool sources:
   * the root is an origin, every further source cites a uniformly chosen earlier one, so
   * early sources collect most citations and chains converge on the origin.
   */
  private randomClaim(serial: number): [NodeProps, CitationRow[]] {
    const { random } = this;
    const slug = `c${String(serial).padStart(7, '0')}`;
    const claimId = `claim:${slug}`;
    const figure = 1 + random.int(99);
    const year = 2000 + random.int(25);
    const place = random.pick(PLACES);
    const claim = { ...this.meta, id: claimId, text: `Claim ${serial}: ${figure} percent of seized shipments in ${year} passed through ${place}.` };

    const wanted = random.paretoInt(2, FAN_OUT_ALPHA, this.fanOutCap);
    const used = new Set<number>();
    const distinct = (start: number, end: number) => {
      let index = start + random.skewedIndex(end - start, POPULARITY_EXPONENT);
      while (used.has(index)) index = index + 1 < end ? index + 1 : start;
      used.add(index);
      return index;
    };
    const pickOrigin = () => distinct(0, this.primaryCount);
    const pickSecondary = () => distinct(this.primaryCount, this.poolSize);

    // Trail members (pool indexes) and, for each, the member it cites first (-1: a root).
    const members: number[] = [pickOrigin()];
    const parents: number[] = [-1];
    const hops: [from: number, to: number][] = [[0, -1]];
    const addRoot = (index: number) => {
      members.push(index);
      parents.push(-1);
      hops.push([members.length - 1, -1]);
    };
    if (wanted >= 4 && random.chance(SECOND_ORIGIN_CHANCE)) addRoot(pickOrigin());
    if (wanted >= 3 && random.chance(DEAD_END_ROOT_CHANCE)) addRoot(pickSecondary());
    if (members.length > 1) this.shape.multiRootClaims += 1;
    while (hops.length < wanted) {
      const parent = random.int(members.length);
      members.push(pickSecondary());
      parents.push(parent);
      hops.push([members.length - 1, parent]);
    }
    // A diamond: a member also cites an earlier member other than its parent (never a descendant).
    if (members.length >= 3 && random.chance(DIAMOND_CHANCE)) {
      const from = 1 + random.int(members.length - 1);
      const to = random.int(from);
      if (to !== parents[from]) {
        hops.push([from, to]);
        this.shape.diamondClaims += 1;
      }
    }
    // A cycle: an ancestor of the newest member cites it back.
    if (members.length >= 3 && parents[members.length - 1]! >= 0 && random.chance(CYCLE_CHANCE)) {
      const newest = members.length - 1;
      const ancestors: number[] = [];
      for (let at = parents[newest]!; at >= 0; at = parents[at]!) ancestors.push(at);
      hops.push([random.pick(ancestors), newest]);
      this.shape.cyclicClaims += 1;
    }

    const sourceId = (member: number) => this.sources[members[member]!]!.id as string;
    const citations = hops.map(([from, to], position) => {
      // One hop in five restates the figure differently: quote drift for the trace to find.
      const said = random.chance(0.2) ? figure + 1 + random.int(5) : figure;
      const roll = random.next();
      return {
        props: {
          ...this.meta,
          id: `citation:${slug}-${position}`,
          quote: `${said} percent of seized shipments in ${year} passed through ${place}.`,
          stance: roll < 0.8 ? 'SUPPORTS' : roll < 0.95 ? 'MENTIONS' : 'DISPUTES',
          locator: `¶${1 + random.int(40)}`,
        },
        claimId,
        sourceId: sourceId(from),
        citesId: to < 0 ? null : sourceId(to),
      };
    });
    return [claim, citations];
  }
}
