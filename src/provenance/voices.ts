import { TRACE_LIMITS } from './trace-limits.js';
import { MERGE_REASONS, type MergeReason, type SupportTrail, type VoiceHop } from './voice-types.js';
import { UnionFind } from './union-find.js';
import { voiceEnds, type VoiceEnds } from './voice-ends.js';
import { joinEnds } from './voice-joins.js';

export { MERGE_REASONS, type MergeReason, type SupportTrail, type VoiceHop };

/** Why some sources of one voice are one: `on` is the shared source, speaker or publisher id, or the shared text. */
export interface VoiceMerge {
  reason: MergeReason;
  on: string;
  /** What it joins: the entries sharing an upstream source, or the trail ends sharing the rest. Sorted. */
  sourceIds: string[];
}

/** One voice: the trail ends that are one voice, and the sources that say the claim and reach them. */
export interface Voice {
  /** Sources that say the claim on the trail of support and reach this voice, sorted. */
  members: string[];
  /** Its trail ends (origins, dead ends, sources where maxDepth cut the walk), sorted. */
  upstream: string[];
  /** Speakers recorded at its trail ends, sorted. */
  speakerIds: string[];
  mergedBecause: MergeReason[];
  merges: VoiceMerge[];
}

/** Sources that say the claim on the trail of support but reach no voice. */
export interface Voiceless {
  members: string[];
  /** True when some member cites a source that disputes the claim. */
  citesDisputer: boolean;
  /** True when some member only relays the claim with no speaker and no source named (a rumour), and none cites a disputer. */
  rumour: boolean;
}

/** The voices of one claim's support, and what reaches none. */
export interface VoiceAnalysis {
  voices: Voice[];
  voiceless: Voiceless[];
  /** Trail ends that only relay the claim with no recorded speaker and no source named, not part of any voice. */
  rumours: string[];
  /** True when the step bound cut the member search (members may then be incomplete). */
  cut: boolean;
  /**
   * Which voices stand when the sources `retracted` says are treated as retracted: index by
   * voice. A voice stands (LIVE) when a walk from a start, entering no retracted source, no
   * hop observed in a retracted document and no source that disputes itself, reaches one of
   * its trail ends; `selfDisputedCounts` lets sources that dispute themselves pass.
   */
  standing(retracted: (id: string) => boolean, selfDisputedCounts?: boolean): boolean[];
}


const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * The voices of a claim's support. Lines of support are voices: trail ends that share a
 * recorded speaker, a publisher, or an identical or near-identical quote (at least one of
 * the two not first-hand: two origins with the same words stay apart; see SAME_TEXT) are one
 * voice, and every source that says the claim and reaches a voice's ends is a member of it
 * (sharing an upstream source makes sources one voice). A common downstream reader never
 * joins two voices: a source that cites two independent origins is a member of both.
 *
 * Cost: linear in the hops for the trail ends and the joins, plus the near-identical text
 * comparisons (at most TRACE_LIMITS.maxTextCompareQuotes quotes, each pair a bounded diff) and the
 * member search (one backward walk per trail end, TRACE_LIMITS.maxVoiceSteps in all).
 */
export function analyseVoices(trail: SupportTrail): VoiceAnalysis {
  const hopsFrom = new Map<string, VoiceHop[]>();
  for (const hop of trail.hops) push(hopsFrom, hop.from, hop);
  const ends = voiceEnds(trail, hopsFrom);
  const joins = joinEnds(trail, ends);
  const { sets } = joins;

  // Backward: which sources saying the claim reach each trail end (a member search per end).
  const citers = new Map<string, string[]>();
  for (const hop of trail.hops) if (hop.to && !trail.otherSide.has(hop.to)) push(citers, hop.to, hop.from);
  let steps = 0;
  let cut = false;
  // Past the bound only an end's direct citers are listed (at most the hops, in all), so every
  // voice keeps a source that says the claim.
  const reaching = (end: string) => {
    const seen = new Set<string>([end, ...(citers.get(end) ?? [])]);
    const stack = cut ? [] : [...seen];
    while (stack.length > 0) {
      if (++steps > TRACE_LIMITS.maxVoiceSteps) {
        cut = true;
        break;
      }
      for (const up of citers.get(stack.pop()!) ?? []) if (!seen.has(up)) seen.add(up), stack.push(up);
    }
    return [...seen].filter((id) => hopsFrom.has(id));
  };

  const groups = new Map<string, { ends: string[]; members: Set<string>; merges: VoiceMerge[] }>();
  for (const end of sorted(ends.voiced)) {
    const root = sets.find(`s:${end}`);
    const group = groups.get(root) ?? { ends: [], members: new Set<string>(), merges: [] };
    groups.set(root, group);
    group.ends.push(end);
    const members = reaching(end);
    for (const id of members) group.members.add(id);
    const entries = members.filter((id) => trail.entries.has(id));
    if (entries.length > 1) group.merges.push({ reason: 'SHARED_UPSTREAM', on: end, sourceIds: entries.sort() });
  }
  for (const entry of joins.shared) {
    groups.get(sets.find(entry.key))!.merges.push({ reason: entry.reason, on: entry.on, sourceIds: sorted(entry.ends) });
  }
  const voices = [...groups.values()]
    .map(
      (group): Voice => ({
        members: sorted(group.members),
        upstream: group.ends,
        speakerIds: sorted(group.ends.flatMap((end) => ends.speakers.get(end) ?? [])),
        mergedBecause: MERGE_REASONS.filter((reason) => group.merges.some((m) => m.reason === reason)),
        merges: group.merges.sort((a, b) => MERGE_REASONS.indexOf(a.reason) - MERGE_REASONS.indexOf(b.reason) || (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
      }),
    )
    .sort((a, b) => (a.members[0]! < b.members[0]! ? -1 : a.members[0]! > b.members[0]! ? 1 : a.upstream[0]! < b.upstream[0]! ? -1 : 1));

  const inVoice = new Set(voices.flatMap((voice) => voice.members));
  const copiedTexts = joins.shared.filter((entry) => entry.reason === 'SAME_TEXT');
  const voiceless = voicelessGroups(trail, hopsFrom, inVoice, new Set(ends.rumours));
  const voiceOf = new Map<string, number>();
  voices.forEach((voice, i) => voice.upstream.forEach((end) => voiceOf.set(end, i)));
  return {
    voices,
    voiceless,
    rumours: ends.rumours.filter((id) => !inVoice.has(id)).sort(),
    cut: cut || joins.cut,
    standing: (retracted, selfDisputedCounts = false) => {
      const reached = reachedEnds(trail, hopsFrom, ends, (id) => !retracted(id) && (selfDisputedCounts || !trail.selfDisputed.has(id)));
      // Copies of a retracted origin's words fall with it (they carry its text, not a voice of their own).
      for (const entry of copiedTexts) if ([...entry.ends].some((end) => retracted(end) && trail.origins.has(end))) for (const end of entry.ends) reached.delete(end);
      const stands = voices.map(() => false);
      for (const end of reached) stands[voiceOf.get(end)!] = true;
      // A voice one of whose ends disputes itself is that source's voice (copied, or one
      // publisher's): it does not count either.
      if (!selfDisputedCounts) voices.forEach((voice, i) => voice.upstream.some((end) => trail.selfDisputed.has(end)) && (stands[i] = false));
      return stands;
    },
  };
}

/**
 * The trail ends a walk reaches from the trail's sources that say the claim (its starts, and
 * every source whose own hop is observed in itself), entering only `passable` sources and
 * following only hops whose document is passable. A source reached through a hop that names
 * it, none of whose own hops can be followed (each read in a document that is not passable),
 * is known through that hop alone: the walk ends there, as at a named document. One pass.
 */
function reachedEnds(trail: SupportTrail, hopsFrom: ReadonlyMap<string, VoiceHop[]>, ends: VoiceEnds, passable: (id: string) => boolean) {
  const reached = new Set<string>();
  const seen = new Set<string>();
  const named = new Set<string>();
  const stack = [...trail.starts, ...trail.hops.filter((hop) => hop.seenIn === hop.from).map((hop) => hop.from)].filter(passable);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    let followed = false;
    for (const hop of hopsFrom.get(id) ?? []) {
      if (!passable(hop.seenIn)) continue;
      followed = true;
      const end = ends.endOf.get(hop);
      if (end !== undefined) {
        if (passable(end)) reached.add(end);
      } else if (hop.to !== null && !trail.otherSide.has(hop.to) && passable(hop.to) && hopsFrom.has(hop.to)) {
        named.add(hop.to);
        stack.push(hop.to);
      }
    }
    if (!followed && named.has(id) && ends.voiced.has(id)) reached.add(id);
  }
  return reached;
}

/**
 * Sources saying the claim that reach no voice, grouped by the citations among them: a
 * closed loop, a trail that ends only at sources disputing the claim, or at rumours.
 */
function voicelessGroups(trail: SupportTrail, hopsFrom: ReadonlyMap<string, VoiceHop[]>, inVoice: ReadonlySet<string>, rumours: ReadonlySet<string>): Voiceless[] {
  // A rumour is no line: it joins no group (a group that only reaches rumours is none either).
  const left = [...hopsFrom.keys()].filter((id) => !inVoice.has(id) && !rumours.has(id)).sort();
  const sets = new UnionFind();
  for (const id of left) {
    sets.find(id);
    for (const hop of hopsFrom.get(id)!) if (hop.to && hopsFrom.has(hop.to) && !inVoice.has(hop.to) && !rumours.has(hop.to)) sets.union(id, hop.to);
  }
  const groups = new Map<string, Voiceless>();
  for (const id of left) {
    const root = sets.find(id);
    const group = groups.get(root) ?? { members: [], citesDisputer: false, rumour: false };
    groups.set(root, group);
    group.members.push(id);
    if (hopsFrom.get(id)!.some((hop) => hop.to !== null && rumours.has(hop.to))) group.rumour = true;
    if (hopsFrom.get(id)!.some((hop) => hop.to !== null && trail.otherSide.has(hop.to))) group.citesDisputer = true;
  }
  for (const group of groups.values()) if (group.citesDisputer) group.rumour = false;
  return [...groups.values()];
}
