// For each record, the first $limit live records linked to it by one symmetric relationship
// type (such as CONTRADICTS), whichever way it was written, by id.
UNWIND $ids AS id
MATCH (n:Record {id: id})
CALL (n) {
  MATCH (n)-[:$($type)]-(m:Record)
  WHERE m.deletedAt IS NULL
  WITH DISTINCT m
  ORDER BY m.id
  LIMIT toInteger($limit)
  RETURN collect(properties(m)) AS nodes
}
RETURN id, nodes
