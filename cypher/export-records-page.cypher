// One page of live records in id order, for `claimgraph export`: a range seek on the
// unique Record id index that stops after $limit rows (the cursor is the last id), with the
// targets of each record's managed relationships. Bare nodes (a lock's placeholder, no
// revision) and soft-deleted records are left out.
MATCH (n:Record)
WHERE n.id > $after AND n.revision IS NOT NULL AND n.deletedAt IS NULL
WITH n
ORDER BY n.id
LIMIT toInteger($limit)
RETURN properties(n) AS props,
       [(n)-[r]->(m:Record) WHERE type(r) IN $relationTypes
        | {type: type(r), target: m.id, position: r.position}] AS relations
