import type { FetchedHop, SourceProps } from './provenance-subgraph.js';
import type { TraceSide } from './trace-side.js';

export type TrailEndKind = 'ORIGIN' | 'DEAD_END' | 'OTHER_SIDE' | 'CYCLE' | 'DEPTH_LIMIT';

/** Why a trail end is an origin: recorded on the citation, or by the default rule. */
export type OriginBasis = 'RECORDED' | 'ABOUT_ACTOR';

export interface TrailEndResult {
  kind: TrailEndKind;
  side: TraceSide;
  source: SourceProps;
  /**
   * True when what the trail knows of `source` at its end comes only through other documents
   * (`knownThrough`): its hop is evidenced elsewhere, or no hop of its own is recorded.
   */
  secondHand: boolean;
  knownThrough: SourceProps[];
  /** For an origin: what makes it one. */
  basis: OriginBasis | null;
  /**
   * True when the source only relays the claim here (its hops at this end are MENTIONS):
   * a relay is never first-hand. For OTHER_SIDE on the dispute side: it relays, not supports.
   */
  relays: boolean;
  /** Names of the speakers recorded on the relaying hops at this end: the voice a relay carries. */
  speakerNames: string[];
  /** What the ending hops record of `firstHand`: false when every one records false, null when not all record it (true makes an origin). */
  firstHand: boolean | null;
  /** True when the source is also recorded disputing the claim (it is on both sides). */
  alsoDisputes: boolean;
  explanation: string;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The titles of a few sources, and how many more: an explanation stays a sentence. */
function titles(sources: readonly SourceProps[]): string {
  const shown = sources.slice(0, 3).map((s) => s.title);
  const more = sources.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} other${more === 1 ? '' : 's'}` : shown.join(', ');
}

/** A few names joined with commas and "and". */
function names(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The words of a trail end, from its fields (so that merged ends read the same way). */
export function explainTrailEnd(end: Omit<TrailEndResult, 'explanation'>, maxDepth: number): string {
  const { source, knownThrough } = end;
  const through = end.secondHand ? `known only through ${titles(knownThrough)}` : '';
  switch (end.kind) {
    case 'ORIGIN': {
      const why =
        end.basis === 'RECORDED'
          ? `${source.title} is first-hand for this claim (its own data, act or statement)`
          : `${source.title} is by an actor the claim is about (taken as first-hand: its own act or statement; firstHand is not recorded)`;
      const both = end.alsoDisputes ? `; ${source.title} also disputes the claim, so this line is not counted` : '';
      return (end.secondHand ? `origin, unverified: ${why}, but ${through}` : `origin: ${why}`) + both;
    }
    case 'DEAD_END': {
      const relayed = !end.relays
        ? ''
        : end.speakerNames.length > 0
          ? ` (it relays the claim as ${names(end.speakerNames)}'s and names no document for it)`
          : " (it relays the claim as someone else's and names no source and no speaker: a rumour, no line of support)";
      if (end.secondHand) return `unverified beyond ${source.title}${relayed}: ${through}`;
      const recorded = end.firstHand === false ? 'recorded as not first-hand' : 'not recorded as first-hand';
      const primary = source.isPrimary === true && !end.relays ? ` (a primary source in general, but ${recorded} for this claim)` : '';
      return `unsourced beyond ${source.title}${relayed}${primary}`;
    }
    case 'OTHER_SIDE': {
      const what =
        end.side === 'SUPPORT'
          ? `${source.title}, cited for the claim, disputes it`
          : `${source.title}, cited against the claim, ${end.relays ? 'relays it without endorsing it' : 'supports it'}`;
      return end.secondHand ? `${what} (${through})` : what;
    }
    case 'CYCLE':
      return `loops back to ${source.title}`;
    case 'DEPTH_LIMIT':
      return `maxDepth ${maxDepth} stopped the walk at ${source.title}`;
  }
}

const trailEnd = (end: Omit<TrailEndResult, 'explanation'>, maxDepth: number): TrailEndResult => ({ ...end, explanation: explainTrailEnd(end, maxDepth) });

/** The document a hop is observed in (its own source unless evidenced elsewhere). */
export const observedIn = (hop: FetchedHop): SourceProps => hop.evidencedIn ?? hop.source;
/** True when a hop is known only through another document than the source that says it. */
export const isSecondHand = (hop: FetchedHop): boolean => observedIn(hop).id !== hop.source.id;

/**
 * Whether a source whose trail ends at it is first-hand for the claim, by the rule: what
 * its citation records (`firstHand`), and when nothing is recorded, the default: first-hand
 * when the source is by an actor the claim is about (its own act or statement), unless the
 * source is marked not primary. A hop that only relays the claim (MENTIONS) is never
 * first-hand. `Source.isPrimary` alone never makes an origin: a report is primary for its
 * own findings, not for the figures it repeats.
 */
function originBasis(hop: FetchedHop | null, source: SourceProps, makers: readonly string[], about: ReadonlySet<string>): OriginBasis | null {
  if (hop?.citation.stance === 'MENTIONS') return null;
  const firstHand = hop?.citation.firstHand;
  if (firstHand === true) return 'RECORDED';
  if (firstHand === false) return null;
  return source.isPrimary !== false && makers.some((id) => about.has(id)) ? 'ABOUT_ACTOR' : null;
}

/** The end of a trail at a hop that names no source: an origin when first-hand, else a dead end. */
export function endAtHop(
  hop: FetchedHop,
  side: TraceSide,
  makers: readonly string[],
  about: ReadonlySet<string>,
  maxDepth: number,
  alsoDisputes = false,
): TrailEndResult {
  const basis = originBasis(hop, hop.source, makers, about);
  const secondHand = isSecondHand(hop);
  const relays = hop.citation.stance === 'MENTIONS';
  return trailEnd(
    {
      kind: basis ? 'ORIGIN' : 'DEAD_END',
      side,
      source: hop.source,
      secondHand,
      knownThrough: secondHand ? [observedIn(hop)] : [],
      basis,
      relays,
      speakerNames: relays ? speakerNames(hop) : [],
      firstHand: typeof hop.citation.firstHand === 'boolean' ? hop.citation.firstHand : null,
      alsoDisputes,
    },
    maxDepth,
  );
}

/** The names of a hop's speakers (their id where no name is recorded). */
const speakerNames = (hop: FetchedHop) => hop.speakers.map((a) => (typeof a.name === 'string' ? a.name : a.id)).sort();

/**
 * The end of a trail at a source that a hop (`via`) names but that says nothing on this side
 * itself. When it says the claim on the other side (`otherSide`: its hops there), the trail
 * ends there (OTHER_SIDE), known second-hand when all those hops are; otherwise nothing of
 * its own is recorded, so it is known only through the citing hop's document, and is an
 * origin only by the default rule.
 */
export function endAtNamedSource(
  source: SourceProps,
  via: FetchedHop,
  side: TraceSide,
  otherSide: readonly FetchedHop[],
  makers: readonly string[],
  about: ReadonlySet<string>,
  maxDepth: number,
): TrailEndResult {
  if (otherSide.length > 0) {
    const secondHand = otherSide.every(isSecondHand);
    const through = new Map(otherSide.map((hop) => [observedIn(hop).id, observedIn(hop)]));
    return trailEnd(
      {
        kind: 'OTHER_SIDE',
        side,
        source,
        secondHand,
        knownThrough: secondHand ? [...through.values()].sort(byId) : [],
        basis: null,
        relays: otherSide.every((hop) => hop.citation.stance === 'MENTIONS'),
        speakerNames: [],
        firstHand: null,
        alsoDisputes: false,
      },
      maxDepth,
    );
  }
  const basis = originBasis(null, source, makers, about);
  return trailEnd(
    { kind: basis ? 'ORIGIN' : 'DEAD_END', side, source, secondHand: true, knownThrough: [observedIn(via)], basis, relays: false, speakerNames: [], firstHand: null, alsoDisputes: false },
    maxDepth,
  );
}

/** A path that returns to a source already on it, or that maxDepth stopped. */
export function endOfWalk(kind: 'CYCLE' | 'DEPTH_LIMIT', side: TraceSide, source: SourceProps, maxDepth: number): TrailEndResult {
  return trailEnd({ kind, side, source, secondHand: false, knownThrough: [], basis: null, relays: false, speakerNames: [], firstHand: null, alsoDisputes: false }, maxDepth);
}

/**
 * The distinct trail ends of one side, one per (source, kind), from the ends of its paths:
 * an end is second-hand only when every path reaching it knows it second-hand, and then it
 * is known through all their documents. A source with a first-hand hop is an origin, not
 * also a dead end, even when another of its quotes is not recorded as first-hand (the paths
 * through that quote still end DEAD_END). Sorted by source id, then kind.
 */
export function mergeTrailEnds(ends: readonly TrailEndResult[], maxDepth: number): TrailEndResult[] {
  const merged = new Map<string, Omit<TrailEndResult, 'explanation'> & { through: Map<string, SourceProps> }>();
  for (const end of ends) {
    const key = `${end.source.id}\u0000${end.kind}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...end, through: new Map(end.knownThrough.map((s) => [s.id, s])) });
      continue;
    }
    seen.secondHand &&= end.secondHand;
    seen.relays &&= end.relays;
    seen.speakerNames = [...new Set([...seen.speakerNames, ...end.speakerNames])].sort();
    if (seen.firstHand !== end.firstHand) seen.firstHand = null;
    seen.alsoDisputes ||= end.alsoDisputes;
    for (const s of end.knownThrough) seen.through.set(s.id, s);
    if (end.basis === 'RECORDED') seen.basis = 'RECORDED';
  }
  const origins = new Set([...merged.values()].filter((end) => end.kind === 'ORIGIN').map((end) => end.source.id));
  return [...merged.values()]
    .filter((end) => end.kind !== 'DEAD_END' || !origins.has(end.source.id))
    .map(({ through, ...end }) => trailEnd({ ...end, knownThrough: end.secondHand ? [...through.values()].sort(byId) : [] }, maxDepth))
    .sort((a, b) => byId(a.source, b.source) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
