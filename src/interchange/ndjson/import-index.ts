import { KINDS, type Kind } from '../../model/ids.js';

/** Why a record of the index is not written, as the import reports it. */
export interface IndexProblem {
  /** The record (its index in the order records were added). */
  record: number;
  field: string;
  reason: string;
}

/** What the index holds per record, for the caller's report. */
export interface IndexedRecord {
  id: string;
  kind: Kind;
  /** The caller's location of the record (a line number, a document position). */
  location: number;
}

const KIND_ORDER = new Map<Kind, number>(KINDS.map((kind, index) => [kind, index]));

/**
 * The first pass of an import: every record's id, kind, location and the ids it refers to,
 * as numbers (ids are interned once, references are indexes into them, field names are
 * interned), so that a file of a million records is indexed in a few hundred megabytes and
 * without holding any record's content. From it the import learns, before writing
 * anything, which records are bad because of other records (a duplicate id; a reference to
 * a bad record, or to an id neither in the file nor live in the database, transitively) and
 * in which order to write the good ones so that every reference is written before or with
 * its referrer (`batches`). Pure: no I/O.
 */
export class ImportIndex {
  private readonly nodes = new Map<string, number>();
  private readonly nodeIds: string[] = [];
  /** Per node: the record that defines it, -1 when none does (yet), -2 when several do. */
  private readonly nodeRecord: number[] = [];
  private readonly recNode: number[] = [];
  private readonly recKind: number[] = [];
  private readonly recLocation: number[] = [];
  private readonly recBad: boolean[] = [];
  private readonly refStart: number[] = [0];
  private readonly refTarget: number[] = [];
  private readonly refField: number[] = [];
  private readonly fields: string[] = [];
  private readonly fieldIndex = new Map<string, number>();

  /** Records added so far. */
  get size(): number {
    return this.recNode.length;
  }

  /**
   * Adds a record. `bad`: it failed its own checks (reported by the caller), but its id is
   * known, so records referring to it are reported too. Answers the record's index and,
   * when another record already has this id, that record's index (both are then bad) and
   * whether it was good until now (so the caller reports it once).
   */
  add(
    kind: Kind,
    id: string,
    references: { id: string; field: string }[],
    location: number,
    bad = false,
  ): { record: number; duplicateOf?: number; duplicateWasGood?: boolean } {
    const record = this.recNode.length;
    const node = this.node(id);
    this.recNode.push(node);
    this.recKind.push(KIND_ORDER.get(kind)!);
    this.recLocation.push(location);
    this.recBad.push(bad);
    for (const ref of references) {
      this.refTarget.push(this.node(ref.id));
      this.refField.push(this.field(ref.field));
    }
    this.refStart.push(this.refTarget.length);
    const earlier = this.nodeRecord[node]!;
    if (earlier === -1) {
      this.nodeRecord[node] = record;
      return { record };
    }
    this.recBad[record] = true;
    if (earlier >= 0) {
      const duplicateWasGood = !this.recBad[earlier];
      this.recBad[earlier] = true;
      this.nodeRecord[node] = -2;
      return { record, duplicateOf: earlier, duplicateWasGood };
    }
    return { record, duplicateOf: this.firstWithNode(node, record) };
  }

  /** Marks a record bad (the caller found it could not be written). */
  markBad(record: number): void {
    this.recBad[record] = true;
  }

  isBad(record: number): boolean {
    return this.recBad[record]!;
  }

  describe(record: number): IndexedRecord {
    return { id: this.nodeIds[this.recNode[record]!]!, kind: KINDS[this.recKind[record]!]!, location: this.recLocation[record]! };
  }

  /** The good record of the index that has this id, if one does. */
  recordWithId(id: string): number | undefined {
    const node = this.nodes.get(id);
    const record = node === undefined ? -1 : this.nodeRecord[node]!;
    return record >= 0 && !this.recBad[record] ? record : undefined;
  }

  /** Ids referred to that no record of the index has: they must be live in the database. */
  *unresolved(): Generator<string> {
    for (let node = 0; node < this.nodeIds.length; node++) if (this.nodeRecord[node] === -1) yield this.nodeIds[node]!;
  }

  /**
   * Marks bad every good record that refers to a bad record, to a duplicated id, or to an id
   * that no record has and `live` says is not live in the database; then, transitively, the
   * records that refer to those. Each newly bad record is reported once, with the first
   * such reference. Answers how many it marked.
   */
  propagate(live: (id: string) => boolean, report: (problem: IndexProblem) => void): number {
    const nodeCount = this.nodeIds.length;
    // Referrers of each node (reverse edges), as a compressed list.
    const revStart = new Int32Array(nodeCount + 1);
    for (const target of this.refTarget) revStart[target + 1]! += 1;
    for (let n = 0; n < nodeCount; n++) revStart[n + 1]! += revStart[n]!;
    const revRecord = new Int32Array(this.refTarget.length);
    const fill = revStart.slice(0, nodeCount);
    for (let record = 0; record < this.recNode.length; record++) {
      for (let r = this.refStart[record]!; r < this.refStart[record + 1]!; r++) revRecord[fill[this.refTarget[r]!]!++] = record;
    }
    const queue: number[] = [];
    for (let node = 0; node < nodeCount; node++) {
      const defined = this.nodeRecord[node]!;
      if (defined === -2 || (defined >= 0 && this.recBad[defined]) || (defined === -1 && !live(this.nodeIds[node]!))) queue.push(node);
    }
    let marked = 0;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (let i = revStart[node]!; i < revStart[node + 1]!; i++) {
        const record = revRecord[i]!;
        if (this.recBad[record]) continue;
        this.recBad[record] = true;
        marked += 1;
        report({ record, ...this.whyBad(record, node) });
        if (this.nodeRecord[this.recNode[record]!] === record) queue.push(this.recNode[record]!);
      }
    }
    return marked;
  }

  /**
   * The good records in write order, in batches of at most `size`: kinds in dependency
   * order (KINDS), and within a kind every record after the records of its kind it refers
   * to. Records that refer to each other in a cycle (claims contradicting each other) are
   * kept in one batch; a cycle larger than `maxCycle` cannot be written in one transaction:
   * its records are marked bad and reported.
   */
  *batches(size: number, maxCycle: number, report: (problem: IndexProblem) => void): Generator<number[]> {
    let batch: number[] = [];
    for (const component of this.components()) {
      if (component.length > maxCycle) {
        for (const record of component) {
          this.recBad[record] = true;
          report({ record, field: '', reason: `one of ${component.length} records that refer to each other in a cycle: more than one write may carry (${maxCycle})` });
        }
        continue;
      }
      if (batch.length + component.length > size && batch.length > 0) {
        yield batch;
        batch = [];
      }
      batch.push(...component);
    }
    if (batch.length > 0) yield batch;
  }

  /** Good records grouped into strongly connected components of same-kind references, targets first, kinds in order (Tarjan, iteratively). */
  private *components(): Generator<number[]> {
    const count = this.recNode.length;
    const index = new Int32Array(count).fill(-1);
    const low = new Int32Array(count);
    const onStack = new Uint8Array(count);
    const stack: number[] = [];
    let next = 0;
    const sameKindTargets = (record: number): number[] => {
      const targets: number[] = [];
      for (let r = this.refStart[record]!; r < this.refStart[record + 1]!; r++) {
        const target = this.nodeRecord[this.refTarget[r]!]!;
        if (target >= 0 && target !== record && !this.recBad[target] && this.recKind[target] === this.recKind[record]) targets.push(target);
      }
      return targets;
    };
    for (let kind = 0; kind < KINDS.length; kind++) {
      for (let root = 0; root < count; root++) {
        if (this.recKind[root] !== kind || this.recBad[root] || index[root] !== -1) continue;
        // Iterative Tarjan: frames of (record, its targets, next target position).
        const frames: { record: number; targets: number[]; at: number }[] = [];
        const open = (record: number) => {
          index[record] = low[record] = next++;
          stack.push(record);
          onStack[record] = 1;
          frames.push({ record, targets: sameKindTargets(record), at: 0 });
        };
        open(root);
        while (frames.length > 0) {
          const frame = frames[frames.length - 1]!;
          if (frame.at < frame.targets.length) {
            const target = frame.targets[frame.at++]!;
            if (index[target] === -1) open(target);
            else if (onStack[target]) low[frame.record] = Math.min(low[frame.record]!, index[target]!);
            continue;
          }
          frames.pop();
          const parent = frames[frames.length - 1];
          if (parent) low[parent.record] = Math.min(low[parent.record]!, low[frame.record]!);
          if (low[frame.record] === index[frame.record]) {
            const component: number[] = [];
            let member: number;
            do {
              member = stack.pop()!;
              onStack[member] = 0;
              component.push(member);
            } while (member !== frame.record);
            yield component.reverse();
          }
        }
      }
    }
  }

  private whyBad(record: number, badNode: number): { field: string; reason: string } {
    let field = '';
    for (let r = this.refStart[record]!; r < this.refStart[record + 1]!; r++) {
      if (this.refTarget[r] === badNode) {
        field = this.fields[this.refField[r]!]!;
        break;
      }
    }
    const id = this.nodeIds[badNode]!;
    const defined = this.nodeRecord[badNode]!;
    if (defined === -2) return { field, reason: `refers to ${id}, which several records of the file have as id` };
    if (defined === -1) return { field, reason: `refers to ${id}, which is neither in the file nor live in the database` };
    return { field, reason: `refers to ${id}, which is not written: it is bad (${this.locationOf(defined)})` };
  }

  /** Set by the caller: how a record's location reads in a message (`line 7`, `/claims/3`). */
  locationOf: (record: number) => string = (record) => `record ${this.recLocation[record]}`;

  private firstWithNode(node: number, except: number): number | undefined {
    for (let record = 0; record < this.recNode.length; record++) if (record !== except && this.recNode[record] === node) return record;
    return undefined;
  }

  private node(id: string): number {
    let node = this.nodes.get(id);
    if (node === undefined) {
      node = this.nodeIds.length;
      this.nodes.set(id, node);
      this.nodeIds.push(id);
      this.nodeRecord.push(-1);
    }
    return node;
  }

  private field(name: string): number {
    let index = this.fieldIndex.get(name);
    if (index === undefined) {
      index = this.fields.length;
      this.fieldIndex.set(name, index);
      this.fields.push(name);
    }
    return index;
  }
}
