// The floor's relationship write: one relationship per reference, with its position in the
// field's list, both ends found by the id index.
UNWIND $rels AS rel
MATCH (a:Record {id: rel.from})
MATCH (b:Record {id: rel.to})
CREATE (a)-[r:$(rel.type)]->(b)
SET r.position = rel.position
