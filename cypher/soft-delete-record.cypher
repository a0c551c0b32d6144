// Marks a record deleted without erasing it; reads skip it from now on.
MATCH (n:Record {id: $id})
WHERE n.deletedAt IS NULL
SET n.deletedAt = $at, n.deletedBy = $by, n.updatedAt = $at, n.updatedBy = $by, n.revision = n.revision + 1
RETURN properties(n) AS props
