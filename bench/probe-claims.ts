/**
 * The probe claims: the claims every latency measurement asks about. Each scale holds the
 * same number of them with the same provenance, on sources of their own, so a probe walk
 * touches exactly the same number of citations and sources at 10k nodes as at 1M, and the
 * difference between scales is the database around it, not the walk.
 *
 * One probe's provenance, read from the claim outwards (five levels of sources):
 *
 *   level 1 (entries)  u1…u12   say the claim; u10 names no source (a dead end)
 *   level 2            t1…t7
 *   level 3            s1…s5    s2 cites both r1 and r2 (a diamond)
 *   level 4            r1…r3    r3 also cites t5, which leads back to r3 (a cycle)
 *   level 5 (origin)   o1       a primary report that cites nothing
 *
 * 30 citations on 28 sources.
 */

export type Stance = 'SUPPORTS' | 'MENTIONS' | 'DISPUTES';

export interface ProbeSource {
  /** Key within one probe; the source id is `source:probe-<nn>-<key>`. */
  key: string;
  kind: 'REPORT' | 'ARTICLE' | 'WEBPAGE';
  isPrimary: boolean;
}

export interface ProbeCitation {
  /** Key of the source that says the claim. */
  from: string;
  /** Key of the source it names, or null where the trail ends. */
  cites: string | null;
  stance: Stance;
}

/** How many probe claims each scale holds; requests rotate over all of them. */
export const PROBE_CLAIM_COUNT = 20;

/** The deepest level of sources in a probe's provenance (see the diagram above). */
export const PROBE_LEVELS = 5;

const secondary = (key: string, kind: ProbeSource['kind'] = 'ARTICLE'): ProbeSource => ({ key, kind, isPrimary: false });

export const PROBE_SOURCES: readonly ProbeSource[] = [
  { key: 'o1', kind: 'REPORT', isPrimary: true },
  ...['r1', 'r2', 'r3'].map((key) => secondary(key, 'REPORT')),
  ...['s1', 's2', 's3', 's4', 's5'].map((key) => secondary(key)),
  ...['t1', 't2', 't3', 't4', 't5', 't6', 't7'].map((key) => secondary(key)),
  ...['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10', 'u11', 'u12'].map((key) => secondary(key, 'WEBPAGE')),
];

const hop = (from: string, cites: string | null, stance: Stance = 'SUPPORTS'): ProbeCitation => ({ from, cites, stance });

export const PROBE_CITATIONS: readonly ProbeCitation[] = [
  hop('o1', null),
  hop('r1', 'o1'),
  hop('r2', 'o1'),
  hop('r3', 'o1'),
  hop('r3', 't5'),
  hop('s1', 'r1'),
  hop('s2', 'r1'),
  hop('s2', 'r2'),
  hop('s3', 'r2'),
  hop('s4', 'r3'),
  hop('s5', 'r3'),
  hop('t1', 's1'),
  hop('t2', 's2'),
  hop('t3', 's3'),
  hop('t4', 's4'),
  hop('t5', 's5'),
  hop('t6', 's5'),
  hop('t7', 's1'),
  hop('u1', 't1'),
  hop('u2', 't2'),
  hop('u3', 't3'),
  hop('u4', 't4'),
  hop('u5', 't5'),
  hop('u6', 't6'),
  hop('u7', 't7'),
  hop('u8', 't1', 'MENTIONS'),
  hop('u9', 't3'),
  hop('u10', null),
  hop('u11', 't4', 'DISPUTES'),
  hop('u12', 't6', 'MENTIONS'),
];

/** The id of probe claim `index` (0-based); the same ids at every scale. */
export function probeClaimId(index: number): string {
  return `claim:probe-${String(index).padStart(2, '0')}`;
}

/** The id of a probe's source. */
export function probeSourceId(index: number, key: string): string {
  return `source:probe-${String(index).padStart(2, '0')}-${key}`;
}

/** Every probe claim id, in order. */
export function probeClaimIds(): string[] {
  return Array.from({ length: PROBE_CLAIM_COUNT }, (_, index) => probeClaimId(index));
}
