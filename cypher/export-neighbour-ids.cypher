// The live records one managed relationship away from the given ones, for an export of the
// records reachable from some ids: `$direction` 'out' follows references (what the records
// refer to), 'both' also the records that refer to them. At most $limit ids, so a popular
// record (a publisher with a million sources) cannot make one step unbounded.
UNWIND $ids AS id
MATCH (n:Record {id: id})-[r]-(m:Record)
WHERE type(r) IN $relationTypes
  AND ($direction = 'both' OR startNode(r) = n)
  AND m.revision IS NOT NULL AND m.deletedAt IS NULL
RETURN DISTINCT m.id AS id
LIMIT toInteger($limit)
