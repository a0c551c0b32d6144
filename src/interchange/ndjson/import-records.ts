import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/database.js';
import type { Caller } from '../../model/caller.js';
import { kindOfId, type Kind } from '../../model/ids.js';
import { KIND_SPECS, MAX_SOURCE_TEXT } from '../../model/record-kinds.js';
import { importRequests } from '../../write/import-requests.js';
import { MAX_RECORDS_PER_WRITE, prepareRequests, upsertRecords, writeRecords, type PreparedRequest, type UpsertRequest, type WriteStatus } from '../../write/write-path.js';
import { anchorQuote } from '../web-annotation/anchor-quote.js';
import { checkRecord, type RecordProblem } from './check-record.js';
import { ImportIndex } from './import-index.js';
import { readAt, readLines } from './read-lines.js';
import { parseRecordLine } from './record-line.js';

/** The most records one import run indexes (its first pass holds ~300 bytes per record): split larger files, in dependency order. */
export const MAX_IMPORT_RECORDS = 1_000_000;
/** The longest NDJSON line: a source with 200 000 characters of text, escaped, fits several times over. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;
/** The largest JSON document (graph.json shape): it is parsed whole. Larger graphs go as NDJSON. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Records per write transaction by default (bounded by MAX_RECORDS_PER_WRITE). */
export const DEFAULT_BATCH_SIZE = 1000;
/** Source texts kept for checking quotes (each at most MAX_SOURCE_TEXT characters). */
const SOURCE_TEXT_CACHE = 16;
/** The largest file a source's `textFile` may name (UTF-8 of MAX_SOURCE_TEXT characters at most 4 bytes each). */
const MAX_TEXT_FILE_BYTES = 4 * MAX_SOURCE_TEXT;

/** One bad line or record: where (`line 7`, `/claims/3`, or '' for the whole file), the field inside the record, and why. */
export interface ImportProblem {
  file: string;
  at: string;
  /** The record's id when known. */
  id?: string;
  /** A path inside the record (`quote`, `viaIds[1]`); '' for the line or record as a whole. */
  field: string;
  /** Short, first in the report. */
  reason: string;
}

/** What a run did: records written per status, and bad lines or records (reported, not written). */
export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  bad: number;
  /** Citations written whose quote is not found in the stored text of their evidencedIn source, where the input holds that text (reported with `onUnanchored`). */
  unanchoredQuotes: number;
}

/** Progress of the writing pass: records written so far of `total` good ones. */
export interface ImportProgress {
  phase: 'indexing' | 'writing';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Records per transaction (default DEFAULT_BATCH_SIZE, at most MAX_RECORDS_PER_WRITE). */
  batchSize?: number;
  /** `auto` (default): `.json` files are documents, anything else NDJSON. */
  format?: 'auto' | 'ndjson' | 'document';
  /** Every bad line or record, as soon as it is known. */
  onProblem?: (problem: ImportProblem) => void;
  /** Every citation whose quote is not found in its evidencedIn source's text in the input (written all the same: a warning). */
  onUnanchored?: (problem: ImportProblem) => void;
  onProgress?: (progress: ImportProgress) => void;
  /** Called after each batch commits, with the batches committed so far (a crash test stops the run here). */
  afterBatch?: (batches: number) => void | Promise<void>;
}

/** One batch read back and validated, ready to write (or refused by validation as a whole). */
interface PreparedBatch {
  requests: UpsertRequest[];
  records: number[];
  prepared?: PreparedRequest[];
  error?: unknown;
}

/** A usage error of an import: nothing was written (a file that cannot be read, a run over a bound). */
export class ImportUsageError extends Error {}

interface FileEntry {
  path: string;
  format: 'ndjson' | 'document';
  /** Documents: their records in order (parsed whole, bounded by MAX_DOCUMENT_BYTES). */
  records?: { kind: Kind; input: Record<string, unknown>; pointer: string }[];
  handle?: FileHandle;
}

/**
 * Imports NDJSON files (one `{"<kind>":{…fields}}` per line, see record-line.ts) and JSON
 * documents of the graph.json shape through the one write path, in batches of one
 * transaction each.
 *
 * 1. **Index** (first pass, streamed): every line is parsed and validated with its kind's
 *    spec; bad lines are reported (`onProblem`) and the ids, kinds and references of all
 *    records are kept in an ImportIndex (numbers, not content).
 * 2. **Resolve**: ids referred to but not in the files must be live in the database (read in
 *    pages); records referring to a bad, duplicated or missing record are reported,
 *    transitively. Nothing has been written yet.
 * 3. **Write** (second pass): the good records in dependency order (kinds in order, same-kind
 *    references first, cycles in one batch), each batch read back by its byte offsets,
 *    validated again by the write path (prepareRequests) and written in one transaction
 *    (writeRecords: the write path of upsertRecords, with its locks, revisions and meta);
 *    the next batch is read and validated while the database writes this one. A batch the write
 *    path refuses (the database changed meanwhile) is retried record by record, and the
 *    records it still refuses are reported.
 *
 * Citations whose quote is not found (web-annotation/anchor-quote.ts) in the text of the
 * source they are evidenced in, when the input holds that source with its text, are written
 * and reported as warnings (`onUnanchored`).
 *
 * Idempotent (unchanged records write nothing), so a run that was stopped can simply be run
 * again. Memory: the index (about 300 bytes per record, at most MAX_IMPORT_RECORDS) plus
 * one batch of records; never a whole NDJSON file.
 */
export async function importFiles(db: Database, caller: Caller, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = Math.min(options.batchSize ?? DEFAULT_BATCH_SIZE, MAX_RECORDS_PER_WRITE);
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, bad: 0, unanchoredQuotes: 0 };
  const files: FileEntry[] = [];
  const sourceTexts = new Map<string, string | null>();
  const index = new ImportIndex();
  // Per record of the index: its file, and where it is (NDJSON: line, byte offset, length; documents: position).
  const recFile: number[] = [];
  const recLine: number[] = [];
  const recOffset: number[] = [];
  const recLength: number[] = [];
  const at = (record: number) => {
    const file = files[recFile[record]!]!;
    return file.format === 'ndjson' ? `line ${recLine[record]}` : file.records![recLine[record]!]!.pointer;
  };
  index.locationOf = (record) => `${files[recFile[record]!]!.path} ${at(record)}`;
  const report = (problem: ImportProblem) => {
    summary.bad += 1;
    options.onProblem?.(problem);
  };
  const reportRecord = (record: number, field: string, reason: string) =>
    report({ file: files[recFile[record]!]!.path, at: at(record), id: index.describe(record).id, field, reason });

  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new ImportUsageError(`${path}: no such file`);
    const format = options.format && options.format !== 'auto' ? options.format : path.toLowerCase().endsWith('.json') ? 'document' : 'ndjson';
    if (format === 'document' && info.size > MAX_DOCUMENT_BYTES) {
      throw new ImportUsageError(`${path}: a JSON document may have at most ${MAX_DOCUMENT_BYTES} bytes (it is parsed whole); write larger graphs as NDJSON`);
    }
    files.push({ path, format });
  }

  try {
    // 1. Index.
    const addRecord = async (fileIndex: number, kind: Kind, raw: Record<string, unknown>, line: number, offset: number, length: number, where: string) => {
      const file = files[fileIndex]!;
      const resolved = await resolveTextFile(kind, raw, dirname(file.path));
      const checked = 'problem' in resolved ? { ok: false as const, problem: resolved.problem } : checkRecord(kind, resolved.input);
      const givenId = typeof raw.id === 'string' && kindOfId(raw.id) === kind ? raw.id : undefined;
      if (!checked.ok && !givenId) {
        report({ file: file.path, at: where, field: checked.problem.field, reason: checked.problem.reason });
        return;
      }
      if (index.size >= MAX_IMPORT_RECORDS) {
        throw new ImportUsageError(`more than ${MAX_IMPORT_RECORDS} records in one run: split the input (in dependency order: records may refer to records already imported)`);
      }
      recFile.push(fileIndex);
      recLine.push(line);
      recOffset.push(offset);
      recLength.push(length);
      const added = checked.ok ? index.add(kind, checked.record.id, checked.record.references, line) : index.add(kind, givenId!, [], line, true);
      if (!checked.ok) reportRecord(added.record, checked.problem.field, checked.problem.reason);
      if (added.duplicateOf !== undefined) {
        const id = index.describe(added.record).id;
        if (added.duplicateWasGood) reportRecord(added.duplicateOf, 'id', `${id} is also the id of ${index.locationOf(added.record)}`);
        if (checked.ok) reportRecord(added.record, 'id', `${id} is also the id of ${index.locationOf(added.duplicateOf)}`);
      }
    };

    for (let fileIndex = 0; fileIndex < files.length; fileIndex++) {
      const file = files[fileIndex]!;
      if (file.format === 'document') {
        file.records = [];
        for (const problem of await readDocument(file)) report({ file: file.path, ...problem });
        for (let i = 0; i < file.records.length; i++) {
          const { kind, input, pointer } = file.records[i]!;
          await addRecord(fileIndex, kind, input, i, 0, 0, pointer);
        }
        continue;
      }
      for await (const line of readLines(file.path, MAX_LINE_BYTES)) {
        const where = `line ${line.number}`;
        if (line.text === undefined) {
          report({ file: file.path, at: where, field: '', reason: `line longer than ${MAX_LINE_BYTES} bytes` });
          continue;
        }
        if (line.text.trim() === '') continue;
        const parsed = parseRecordLine(line.text);
        if (!parsed.ok) {
          report({ file: file.path, at: where, field: parsed.field, reason: parsed.reason });
          continue;
        }
        await addRecord(fileIndex, parsed.kind, parsed.input, line.number, line.offset, line.length, where);
        if (index.size % 10_000 === 0) options.onProgress?.({ phase: 'indexing', done: index.size, total: 0 });
      }
    }

    // 2. Resolve references outside the files, then mark referrers of bad records.
    const live = new Set<string>();
    let page: string[] = [];
    const checkPage = async () => {
      for (const row of await db.read<{ id: string; live: boolean }>('live-records', { ids: page })) if (row.live) live.add(row.id);
      page = [];
    };
    for (const id of index.unresolved()) {
      page.push(id);
      if (page.length >= 5000) await checkPage();
    }
    if (page.length > 0) await checkPage();
    index.propagate((id) => live.has(id), ({ record, field, reason }) => reportRecord(record, field, reason));
    live.clear();

    // 3. Write. The batches are computed up front (numbers only) so that progress has a total.
    const batches = [...index.batches(batchSize, MAX_RECORDS_PER_WRITE, ({ record, field, reason }) => reportRecord(record, field, reason))];
    const total = batches.reduce((n, batch) => n + batch.length, 0);
    let done = 0;
    options.onProgress?.({ phase: 'writing', done, total });
    for (const file of files) if (file.format === 'ndjson') file.handle = await open(file.path, 'r');
    // While the database writes one batch, the next is read and validated (pipelined).
    const prepare = async (batch: number[]): Promise<PreparedBatch> => {
      const requests: UpsertRequest[] = [];
      const records: number[] = [];
      for (const record of batch) {
        const request = await readRequest(record);
        if ('problem' in request) reportRecord(record, request.problem.field, request.problem.reason);
        else {
          requests.push(request.request);
          records.push(record);
          if (request.request.kind === 'citation') await checkQuote(record, request.request.input as Record<string, unknown>);
        }
      }
      try {
        return { requests, records, prepared: prepareRequests(requests) };
      } catch (error) {
        return { requests, records, error };
      }
    };
    let next: Promise<PreparedBatch> | undefined = batches.length > 0 ? prepare(batches[0]!) : undefined;
    for (let b = 0; b < batches.length; b++) {
      const current = await next!;
      next = b + 1 < batches.length ? prepare(batches[b + 1]!) : undefined;
      next?.catch(() => {});
      await writeBatch(current);
      done += batches[b]!.length;
      options.onProgress?.({ phase: 'writing', done, total });
      await options.afterBatch?.(b + 1);
    }
    return summary;
  } finally {
    for (const file of files) await file.handle?.close();
  }

  /** A record of the index read again (the file may have changed since the first pass: it is validated again). */
  async function readRequest(record: number): Promise<{ request: UpsertRequest } | { problem: RecordProblem }> {
    const file = files[recFile[record]!]!;
    let kind: Kind;
    let raw: Record<string, unknown>;
    if (file.format === 'document') ({ kind, input: raw } = file.records![recLine[record]!]!);
    else {
      const parsed = parseRecordLine(await readAt(file.handle!, recOffset[record]!, recLength[record]!));
      if (!parsed.ok) return { problem: { field: parsed.field, reason: `${parsed.reason} (the file changed during the import?)` } };
      ({ kind, input: raw } = parsed);
    }
    const resolved = await resolveTextFile(kind, raw, dirname(file.path));
    if ('problem' in resolved) return resolved;
    return { request: { kind, input: resolved.input, path: at(record) } };
  }

  /**
   * Warns (onUnanchored) when a citation's quote is not in the stored text of the source it
   * is evidenced in (evidencedInId, else sourceId), where that source, with a text, is in
   * the input. Sources are read back by offset; the last few texts are cached (bounded).
   */
  async function checkQuote(record: number, raw: Record<string, unknown>): Promise<void> {
    const citation = KIND_SPECS.citation.input.safeParse(raw);
    if (!citation.success) return;
    const sourceId = (citation.data.evidencedInId ?? citation.data.sourceId) as string;
    const sourceRecord = index.recordWithId(sourceId);
    if (sourceRecord === undefined) return;
    let text = sourceTexts.get(sourceId);
    if (text === undefined) {
      const read = await readRequest(sourceRecord);
      const source = 'request' in read ? KIND_SPECS.source.input.safeParse(read.request.input) : undefined;
      text = source?.success && typeof source.data.text === 'string' ? source.data.text : null;
      if (sourceTexts.size >= SOURCE_TEXT_CACHE) sourceTexts.delete(sourceTexts.keys().next().value!);
      sourceTexts.set(sourceId, text);
    }
    if (text === null || anchorQuote(text, citation.data.quote as string)) return;
    summary.unanchoredQuotes += 1;
    options.onUnanchored?.({
      file: files[recFile[record]!]!.path,
      at: at(record),
      id: index.describe(record).id,
      field: 'quote',
      reason: `quote not found in the text of ${sourceId}`,
    });
  }

  /** Writes one batch; when the write path refuses it, each record alone, reporting those it still refuses. */
  async function writeBatch({ requests, records, prepared, error: refused }: PreparedBatch): Promise<void> {
    if (requests.length === 0) return;
    const count = (results: { status: WriteStatus }[]) => {
      for (const { status } of results) if (status !== 'skipped') summary[status] += 1;
    };
    try {
      if (refused) throw refused;
      count((await db.write((tx) => writeRecords(tx, caller, prepared!))).results);
      return;
    } catch (error) {
      if (!isRefusal(error)) throw error;
      if (requests.length === 1) return reportRefusal(records[0]!, requests[0]!, error);
    }
    for (let i = 0; i < requests.length; i++) {
      try {
        count((await upsertRecords(db, caller, [requests[i]!])).results);
      } catch (error) {
        if (!isRefusal(error)) throw error;
        reportRefusal(records[i]!, requests[i]!, error);
      }
    }
  }

  function reportRefusal(record: number, request: UpsertRequest, error: GraphQLError): void {
    index.markBad(record);
    const field = typeof error.extensions.field === 'string' ? error.extensions.field : request.path;
    const inside = field.startsWith(request.path) ? field.slice(request.path.length).replace(/^\./, '') : '';
    const message = error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message.replace(`${request.path} `, '');
    reportRecord(record, inside, message);
  }
}

/** A write path refusal of the records themselves (not the database being unavailable): those records are reported, the run goes on. */
function isRefusal(error: unknown): error is GraphQLError {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'CONFLICT' || code === 'LIMIT_EXCEEDED';
}

/** A source's `textFile`, resolved as the seed loader does (a file beside the input, by its base name), into its `text`. */
async function resolveTextFile(kind: Kind, input: Record<string, unknown>, dir: string): Promise<{ input: Record<string, unknown> } | { problem: RecordProblem }> {
  if (!('textFile' in input) || kind !== 'source') return { input };
  const { textFile, ...rest } = input;
  if (typeof textFile !== 'string' || textFile === '') return { problem: { field: 'textFile', reason: 'must be the name of a file beside the input' } };
  if (rest.text != null) return { problem: { field: 'textFile', reason: 'give text or textFile, not both' } };
  const path = join(dir, basename(textFile));
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return { problem: { field: 'textFile', reason: `no file ${basename(textFile)} beside the input` } };
  if (info.size > MAX_TEXT_FILE_BYTES) return { problem: { field: 'textFile', reason: `${basename(textFile)} is larger than a source's text may be (${MAX_SOURCE_TEXT} characters)` } };
  return { input: { ...rest, text: await readFile(path, 'utf8') } };
}

/** Fills a document entry's records; answers the problems of its shape (not JSON, a field that is neither a record list nor documentation). */
async function readDocument(file: FileEntry): Promise<{ at: string; field: string; reason: string }[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file.path, 'utf8'));
  } catch (error) {
    return [{ at: '', field: '', reason: `not JSON (${error instanceof Error ? error.message.slice(0, 120) : String(error)})` }];
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ at: '', field: '', reason: 'not a graph document: expected an object of record lists (actors, sources, …)' }];
  }
  const problems: { at: string; field: string; reason: string }[] = [];
  const lists: Record<string, unknown[]> = {};
  for (const [key, list] of Object.entries(value)) {
    const kind = key.endsWith('s') ? kindOfId(`${key.slice(0, -1)}:x`) : undefined;
    if (kind) {
      if (Array.isArray(list)) lists[key] = list;
      else problems.push({ at: `/${key}`, field: '', reason: 'must be a list of records' });
      continue;
    }
    const documentation = typeof list === 'string' || (Array.isArray(list) && list.every((item) => typeof item === 'string'));
    if (!documentation) problems.push({ at: `/${key}`, field: '', reason: 'neither a record list (actors, sources, …) nor documentation (a string or a list of strings, like notes)' });
  }
  for (const request of importRequests(lists)) {
    const pointer = request.path.replace(/^input\.(\w+)\[(\d+)\]$/, '/$1/$2');
    if (request.input === null || typeof request.input !== 'object' || Array.isArray(request.input)) {
      problems.push({ at: pointer, field: '', reason: 'not a record: expected an object of its fields' });
      continue;
    }
    file.records!.push({ kind: request.kind, input: request.input as Record<string, unknown>, pointer });
  }
  return problems;
}
