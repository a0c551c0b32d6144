// The current state of each record about to be written: its properties and the targets of
// the relationships the write path manages, so that an unchanged input writes nothing.
UNWIND $ids AS id
OPTIONAL MATCH (n:Record {id: id})
RETURN id,
       properties(n) AS props,
       [(n)-[r]->(m:Record) WHERE type(r) IN $relationTypes
        | {type: type(r), target: m.id, position: r.position}] AS relations
