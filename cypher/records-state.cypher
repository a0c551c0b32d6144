// The current state of each record about to be written (read after its lock is held): its
// properties and the targets of the relationships the write path manages, so that an
// unchanged input writes nothing; and its last revision in history, which outlives a purge.
UNWIND $ids AS id
OPTIONAL MATCH (n:Record {id: id})
CALL (id) {
  OPTIONAL MATCH (r:Revision {recordId: id})
  WHERE r.revision IS NOT NULL
  RETURN max(r.revision) AS lastRevision
}
RETURN id,
       properties(n) AS props,
       [(n)-[r]->(m:Record) WHERE type(r) IN $relationTypes
        | {type: type(r), target: m.id, position: r.position}] AS relations,
       lastRevision
