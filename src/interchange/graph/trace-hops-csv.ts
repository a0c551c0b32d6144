import { stringify } from 'csv-stringify/sync';
import type { TraceResult } from '../../provenance/build-trace.js';

/** The CSV export's columns, in order: its header row. */
export const TRACE_HOPS_CSV_COLUMNS = [
  'citation',
  'side',
  'stance',
  'fromId',
  'fromTitle',
  'toId',
  'toTitle',
  'evidencedIn',
  'secondHand',
  'depth',
  'locator',
  'quote',
] as const;

/**
 * A trace's hops as CSV (RFC 4180: text/csv, CRLF line ends, a header row of
 * TRACE_HOPS_CSV_COLUMNS, fields quoted when they hold a comma, a double quote or a line
 * break, double quotes doubled), written by csv-stringify: one row per hop, both sides, in
 * the trace's hop order (citation id). A hop that names no source (its trail ends at
 * `from`) has empty `toId` and `toTitle`; `secondHand` is `true`/`false`; an absent locator
 * is empty. Quotes are verbatim, line breaks included: nothing is rewritten for spreadsheets,
 * so a spreadsheet may read a field that starts with `=`, `+`, `-` or `@` as a formula:
 * import the file as text there.
 */
export function traceHopsCsv(trace: TraceResult): string {
  const rows = trace.hops.map((hop) => [
    hop.citation.id,
    hop.side,
    hop.stance,
    hop.from.id,
    hop.from.title,
    hop.to?.id ?? '',
    hop.to?.title ?? '',
    hop.evidencedIn.id,
    String(hop.secondHand),
    String(hop.depth),
    hop.locator ?? '',
    hop.quote,
  ]);
  return stringify([[...TRACE_HOPS_CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}
