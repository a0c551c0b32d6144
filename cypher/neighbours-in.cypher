// For each record, the first $limit live records whose relationships of one type point to
// it, by id. A top-$limit sort: memory stays within $limit however many records link here.
UNWIND $ids AS id
MATCH (n:Record {id: id})
CALL (n) {
  MATCH (n)<-[:$($type)]-(m:Record)
  WHERE m.deletedAt IS NULL
  WITH m
  ORDER BY m.id
  LIMIT toInteger($limit)
  RETURN collect(properties(m)) AS nodes
}
RETURN id, nodes
