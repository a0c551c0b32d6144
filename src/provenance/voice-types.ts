/** The shapes the voice analysis reads (voices.ts and the files it is split into). */

/** One walked hop of support, as the voice analysis reads it (ids only). */
export interface VoiceHop {
  from: string;
  /** The source it names; null when it names none. */
  to: string | null;
  /** The document the hop is observed in (`from` itself unless evidenced elsewhere). */
  seenIn: string;
  /** SUPPORTS or MENTIONS (a relay). */
  stance: string;
  speakerIds: readonly string[];
  quote: string;
  /** For a hop that names no source: true when its source is first-hand for the claim there (an origin). */
  origin: boolean;
}

/** The walked trail of support of one claim, as the voice analysis reads it. */
export interface SupportTrail {
  hops: readonly VoiceHop[];
  /** Sources the walk of support reached (a hop naming one outside it was cut by maxDepth). */
  walked: ReadonlySet<string>;
  /** Where the walk starts: entries, and one source of each closed loop. */
  starts: readonly string[];
  /** The entries among the starts (for SHARED_UPSTREAM). */
  entries: ReadonlySet<string>;
  /** Cited sources that say the claim only on the other side (OTHER_SIDE): no support leads through them. */
  otherSide: ReadonlySet<string>;
  /** Sources recorded both supporting and disputing the claim. */
  selfDisputed: ReadonlySet<string>;
  /** Trail ends of support that are origins (first-hand for the claim). */
  origins: ReadonlySet<string>;
  publisherOf(id: string): string | null;
}

export const MERGE_REASONS = ['SHARED_UPSTREAM', 'SAME_SPEAKER', 'SAME_TEXT', 'SAME_PUBLISHER'] as const;
export type MergeReason = (typeof MERGE_REASONS)[number];
