// For each record, the live records its relationships of one type point to, in the order
// they were given (ordered lists such as authors keep their position).
UNWIND $ids AS id
MATCH (n:Record {id: id})-[r:$($type)]->(m:Record)
WHERE m.deletedAt IS NULL
WITH id, r, m
ORDER BY r.position, m.id
RETURN id, collect(properties(m)) AS nodes
