// For each claim, the first $limit live sources that say it (the citing sources of its live
// citations), by id.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)<-[:CARRIES]-(ct:Citation)-[:SAID_BY]->(s:Source)
  WHERE ct.deletedAt IS NULL AND s.deletedAt IS NULL
  WITH DISTINCT s
  ORDER BY s.id
  LIMIT toInteger($limit)
  RETURN collect(properties(s)) AS nodes
}
RETURN id, nodes
