// Replaces each record's managed outgoing relationships by the ones its input names, in
// input order. Targets were checked to exist earlier in the same transaction.
UNWIND $rows AS row
MATCH (n:Record {id: row.id})
CALL (n, row) {
  MATCH (n)-[old]->()
  WHERE type(old) IN row.managedTypes
  DELETE old
}
CALL (n, row) {
  UNWIND row.relations AS rel
  MATCH (m:Record {id: rel.target})
  CREATE (n)-[r:$(rel.type)]->(m)
  SET r.position = rel.position
}
