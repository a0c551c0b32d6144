import type { QueryRunner } from '../../graphql/loaders.js';
import { MAX_LINKS_PER_FIELD } from '../../model/record-kinds.js';
import { toRecord } from '../../model/to-record.js';
import type { TraceResult } from '../../provenance/build-trace.js';
import { traceClaims } from '../../provenance/trace-claims.js';
import { traceToJsonLd } from '../prov-o/trace-to-jsonld.js';
import type { ActorProps, SourceMakers } from '../prov-o/trace-quads.js';
import { traceToTurtle } from '../prov-o/trace-to-turtle.js';
import { ANNO_CONTEXT } from '../web-annotation/citation-annotations.js';
import { traceAnnotations } from '../web-annotation/trace-annotations.js';
import { traceHopsCsv } from './trace-hops-csv.js';
import { traceToCytoscape } from './trace-to-cytoscape.js';
import { traceToGraphml } from './trace-to-graphml.js';

/**
 * The formats a trace exports to: the file extension that asks for each over HTTP
 * (`/export/trace/<claimId><extension>`) and the Content-Type it is answered with.
 */
export const TRACE_EXPORT_FORMATS = {
  cyjs: { extension: '.cyjs', contentType: 'application/json; charset=utf-8', description: 'Cytoscape.js elements JSON' },
  graphml: { extension: '.graphml', contentType: 'application/graphml+xml; charset=utf-8', description: 'GraphML' },
  csv: { extension: '.csv', contentType: 'text/csv; charset=utf-8; header=present', description: 'CSV, one row per hop' },
  ttl: { extension: '.ttl', contentType: 'text/turtle; charset=utf-8', description: 'PROV-O in Turtle' },
  jsonld: { extension: '.jsonld', contentType: 'application/ld+json; charset=utf-8', description: 'PROV-O in JSON-LD' },
  anno: {
    extension: '.anno.jsonld',
    contentType: `application/ld+json; profile="${ANNO_CONTEXT}"; charset=utf-8`,
    description: 'W3C Web Annotations of the quotes',
  },
} as const;

export type TraceExportFormat = keyof typeof TRACE_EXPORT_FORMATS;

/** True for a format name of TRACE_EXPORT_FORMATS. */
export function isTraceExportFormat(value: string): value is TraceExportFormat {
  return Object.hasOwn(TRACE_EXPORT_FORMATS, value);
}

/**
 * The most source texts one Web Annotation export loads to anchor quotes (each at most
 * 200 000 characters, so at most 4 million characters per export). The documents a trace's
 * hops are evidenced in are loaded in id order up to this many; the quotes of hops
 * evidenced in others are exported unanchored (`anchored: false`, TextQuoteSelector only).
 */
export const MAX_ANCHOR_TEXTS = 20;

/**
 * A claim's trace exported in `format`, or null when the claim does not exist (or is not a
 * claim id). Reads: the trace (one round trip, within TRACE_LIMITS); for PROV-O also the
 * publishers and authors of its sources (two more, at most MAX_LINKS_PER_FIELD authors
 * each); for Web Annotations also the stored texts of the documents its hops are evidenced
 * in (one more, at most MAX_ANCHOR_TEXTS texts). The caller checks `claimId` and
 * `maxDepth` (1..TRACE_LIMITS.maxDepth) first. JSON formats are pretty-printed (2 spaces).
 */
export async function exportTrace(db: QueryRunner, claimId: string, maxDepth: number, format: TraceExportFormat): Promise<string | null> {
  if (!claimId.startsWith('claim:')) return null;
  const trace = (await traceClaims(db, [claimId], maxDepth)).get(claimId);
  if (!trace) return null;
  switch (format) {
    case 'cyjs':
      return json(traceToCytoscape(trace, maxDepth));
    case 'graphml':
      return traceToGraphml(trace, maxDepth);
    case 'csv':
      return traceHopsCsv(trace);
    case 'ttl':
      return traceToTurtle(trace, maxDepth, await sourceMakers(db, trace));
    case 'jsonld':
      return json(traceToJsonLd(trace, maxDepth, await sourceMakers(db, trace)));
    case 'anno':
      return json(traceAnnotations(trace, await evidenceTexts(db, trace)));
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The ids of every source a trace names (nodes, hop ends, evidence documents), sorted. */
function traceSourceIds(trace: TraceResult): string[] {
  const ids = new Set(trace.nodes.map((n) => n.source.id));
  for (const hop of trace.hops) ids.add(hop.evidencedIn.id);
  for (const end of [...trace.ends, ...trace.disputes.ends]) for (const s of end.knownThrough) ids.add(s.id);
  return [...ids].sort();
}

/** The publisher and authors (in order) of every source the trace names: two batched reads. */
async function sourceMakers(db: QueryRunner, trace: TraceResult): Promise<Map<string, SourceMakers>> {
  const ids = traceSourceIds(trace);
  const read = async (type: string, limit: number) => {
    const rows = await db.read<{ id: string; nodes: Record<string, unknown>[] }>('neighbours-out', { ids, type, limit });
    return new Map(rows.map((row) => [row.id, row.nodes.map((n) => toRecord(n) as ActorProps)]));
  };
  const [publishers, authors] = await Promise.all([read('PUBLISHED_BY', 1), read('AUTHORED_BY', MAX_LINKS_PER_FIELD)]);
  return new Map(ids.map((id) => [id, { publisher: publishers.get(id)?.[0] ?? null, authors: authors.get(id) ?? [] }]));
}

/** The stored texts of the documents the trace's hops are evidenced in (the first MAX_ANCHOR_TEXTS by id), by source id. */
async function evidenceTexts(db: QueryRunner, trace: TraceResult): Promise<Map<string, string>> {
  const ids = [...new Set(trace.hops.map((hop) => hop.evidencedIn.id))].sort().slice(0, MAX_ANCHOR_TEXTS);
  if (ids.length === 0) return new Map();
  const rows = await db.read<{ props: Record<string, unknown> }>('records-by-id', { ids });
  return new Map(rows.flatMap((row) => (typeof row.props.text === 'string' ? [[row.props.id as string, row.props.text] as [string, string]] : [])));
}
