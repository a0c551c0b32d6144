// For each record, the live records whose relationships of one type point to it, by id.
UNWIND $ids AS id
MATCH (n:Record {id: id})<-[r:$($type)]-(m:Record)
WHERE m.deletedAt IS NULL
WITH id, m
ORDER BY m.id
RETURN id, collect(properties(m)) AS nodes
