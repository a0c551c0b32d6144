// Live records by id with the targets of their managed relationships, for an export of the
// records reachable from some ids (`claimgraph export --from`): one index seek per id.
UNWIND $ids AS id
MATCH (n:Record {id: id})
WHERE n.revision IS NOT NULL AND n.deletedAt IS NULL
RETURN properties(n) AS props,
       [(n)-[r]->(m:Record) WHERE type(r) IN $relationTypes
        | {type: type(r), target: m.id, position: r.position}] AS relations
ORDER BY n.id
