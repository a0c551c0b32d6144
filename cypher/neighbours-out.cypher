// For each record, the first $limit live records its relationships of one type point to, in
// the order they were given (ordered lists such as authors keep their position).
UNWIND $ids AS id
MATCH (n:Record {id: id})
CALL (n) {
  MATCH (n)-[r:$($type)]->(m:Record)
  WHERE m.deletedAt IS NULL
  WITH r, m
  ORDER BY r.position, m.id
  LIMIT toInteger($limit)
  RETURN collect(properties(m)) AS nodes
}
RETURN id, nodes
