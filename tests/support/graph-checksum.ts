import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';

/**
 * Every node and relationship of the database, read in one Cypher query: nodes as their
 * labels and properties, relationships as their type, the ids of their endpoints (a record's
 * `id`, else the node's element id) and their properties. Values are plain JSON (temporal
 * values as their ISO strings), keys sorted, and both lists sorted, so two reads of an
 * unchanged graph give the same strings whatever order Neo4j returns them in.
 *
 * `except` leaves out records by id: their nodes, their revisions (`recordId`) and every
 * relationship touching either, so "a write changed that record and nothing else" can be checked.
 */
export async function graphSnapshot(db: Database, except: string[] = []): Promise<{ nodes: string[]; relationships: string[] }> {
  const row = await db.write(async (tx) => {
    const result = await tx.run(
      `CALL {
         MATCH (n) WHERE NOT coalesce(n.id, n.recordId, '') IN $except
         RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes
       }
       CALL {
         MATCH (a)-[r]->(b) WHERE NOT coalesce(a.id, a.recordId, '') IN $except AND NOT coalesce(b.id, b.recordId, '') IN $except
         RETURN collect({type: type(r), from: coalesce(a.id, elementId(a)), to: coalesce(b.id, elementId(b)), properties: properties(r)}) AS relationships
       }
       RETURN nodes, relationships`,
      { except },
    );
    return result.records[0]!.toObject() as { nodes: unknown[]; relationships: unknown[] };
  });
  return {
    nodes: row.nodes.map((node) => canonical(node)).sort(),
    relationships: row.relationships.map((relationship) => canonical(relationship)).sort(),
  };
}

/**
 * sha256 of every node (labels + properties) and every relationship (type, endpoints,
 * properties), sorted; `except` as in graphSnapshot.
 */
export async function graphChecksum(db: Database, except: string[] = []): Promise<string> {
  const { nodes, relationships } = await graphSnapshot(db, except);
  const hash = createHash('sha256');
  for (const node of nodes) hash.update(`N${node}\n`);
  for (const relationship of relationships) hash.update(`R${relationship}\n`);
  return hash.digest('hex');
}

/** A value as JSON with sorted keys; labels sorted (their order means nothing). */
function canonical(value: unknown): string {
  return JSON.stringify(plain(value));
}

function plain(value: unknown, key?: string): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const items = value.map((item) => plain(item));
    return key === 'labels' ? (items as string[]).sort() : items;
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return value;
  // Driver values (DateTime, Date, Duration, Point, Integer) are objects with their own toString.
  if (value.constructor !== Object) return `${value.constructor.name}:${String(value)}`;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((k) => [k, plain(object[k], k)]),
  );
}
