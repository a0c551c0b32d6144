// Live records by id, for DataLoader batches: one index seek per id.
UNWIND $ids AS id
MATCH (n:Record {id: id})
WHERE n.deletedAt IS NULL
RETURN properties(n) AS props
