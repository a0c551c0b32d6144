import type { FetchedHop, SourceProps } from './provenance-subgraph.js';
import type { LineStatus, SupportLineResult } from './trace-result.js';
export type { LineStatus };
import { analyseVoices, type SupportTrail } from './voices.js';

/** The lines of support of one claim, their counts, and the one computation `restsAlone` shares. */
export interface SupportLines {
  lines: SupportLineResult[];
  independentLines: number;
  voidLines: number;
  circularOnlyLines: number;
  rumours: SourceProps[];
  /** True when a bound cut the search for the lines' members. */
  cut: boolean;
  restsAlone(sourceId: string): boolean;
}

/**
 * The lines of support of a claim, one per voice (see analyseVoices), each with its status
 * (see LineStatus), plus the sources saying the claim that reach no voice: a closed loop
 * (CIRCULAR) or a trail that only ends at disputers (DISPUTED_AT_SOURCE); relays that carry
 * no speaker and name no source are rumours, no line at all. `restsAlone(s)` answers from
 * the same analysis: some line stands with `s` not retracted, and none with `s` retracted;
 * never for a source that only disputes the claim (`disputersOnly`), even where a hop of
 * support is read in its document. `retractedIds`: every retracted source or document the
 * hops name.
 */
export function supportLines(
  trail: SupportTrail,
  sources: ReadonlyMap<string, SourceProps>,
  speakers: ReadonlyMap<string, FetchedHop['speakers'][number]>,
  retractedIds: ReadonlySet<string>,
  disputersOnly: ReadonlySet<string>,
): SupportLines {
  const analysis = analyseVoices(trail);
  const retracted = (id: string) => retractedIds.has(id);
  const live = analysis.standing(retracted);
  const unlessSelfDisputed = analysis.standing(retracted, true);
  const props = (ids: readonly string[]) => ids.map((id) => sources.get(id)!);
  const lines: SupportLineResult[] = analysis.voices.map((voice, i) => ({
    sources: props(voice.members),
    upstream: props(voice.upstream),
    speakers: voice.speakerIds.map((id) => speakers.get(id)!),
    status: live[i] ? 'LIVE' : unlessSelfDisputed[i] ? 'SELF_DISPUTED' : 'RETRACTED',
    mergedBecause: voice.mergedBecause,
    merges: voice.merges.map(({ reason, on, sourceIds }) => ({ reason, on, sources: props(sourceIds) })),
  }));
  for (const group of analysis.voiceless) {
    if (group.rumour) continue;
    lines.push({
      sources: props(group.members),
      upstream: [],
      speakers: [],
      status: group.citesDisputer ? 'DISPUTED_AT_SOURCE' : 'CIRCULAR',
      mergedBecause: [],
      merges: [],
    });
  }
  lines.sort((a, b) => (a.sources[0]!.id < b.sources[0]!.id ? -1 : a.sources[0]!.id > b.sources[0]!.id ? 1 : 0));
  const count = (...statuses: string[]) => lines.filter((line) => statuses.includes(line.status)).length;
  return {
    lines,
    independentLines: count('LIVE'),
    voidLines: count('RETRACTED', 'SELF_DISPUTED', 'DISPUTED_AT_SOURCE'),
    circularOnlyLines: count('CIRCULAR'),
    rumours: props(analysis.rumours),
    cut: analysis.cut,
    restsAlone: (sourceId) =>
      !disputersOnly.has(sourceId) &&
      analysis.standing((id) => id !== sourceId && retracted(id)).some(Boolean) &&
      !analysis.standing((id) => id === sourceId || retracted(id)).some(Boolean),
  };
}
