// Full-text search across the kinds asked for, best first. $query is a Lucene query that
// the server builds from the user's words with every special character escaped.
CALL {
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: toInteger($limit)}) YIELD node, score
  WHERE 'CLAIM' IN $kinds RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('source_title', $query, {limit: toInteger($limit)}) YIELD node, score
  WHERE 'SOURCE' IN $kinds RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_name', $query, {limit: toInteger($limit)}) YIELD node, score
  WHERE 'ACTOR' IN $kinds RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('chemical_name', $query, {limit: toInteger($limit)}) YIELD node, score
  WHERE 'CHEMICAL' IN $kinds RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('place_name', $query, {limit: toInteger($limit)}) YIELD node, score
  WHERE 'PLACE' IN $kinds RETURN node, score
}
WITH node, score
WHERE node.deletedAt IS NULL
RETURN properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
