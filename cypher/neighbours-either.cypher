// For each record, the live records linked to it by one symmetric relationship type
// (such as CONTRADICTS), whichever way it was written.
UNWIND $ids AS id
MATCH (n:Record {id: id})-[r:$($type)]-(m:Record)
WHERE m.deletedAt IS NULL
WITH DISTINCT id, m
ORDER BY m.id
RETURN id, collect(properties(m)) AS nodes
