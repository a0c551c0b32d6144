// Full-text search across the kinds asked for, best first. $query is a Lucene query that
// the server builds from the user's words with every special character escaped. Each
// branch checks its kind before it calls its index, so unrequested kinds cost nothing.
CALL {
  WITH 1 AS unused WHERE 'CLAIM' IN $kinds
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS unused WHERE 'SOURCE' IN $kinds
  CALL db.index.fulltext.queryNodes('source_title', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS unused WHERE 'ACTOR' IN $kinds
  CALL db.index.fulltext.queryNodes('actor_name', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS unused WHERE 'CHEMICAL' IN $kinds
  CALL db.index.fulltext.queryNodes('chemical_name', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS unused WHERE 'PLACE' IN $kinds
  CALL db.index.fulltext.queryNodes('place_name', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
}
WITH node, score
WHERE node.deletedAt IS NULL
RETURN properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
