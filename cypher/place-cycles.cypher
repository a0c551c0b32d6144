// Written places that now lie within themselves through a chain of WITHIN links (checked in
// the writing transaction, after its links are written; chains longer than 100 are not followed).
UNWIND $ids AS id
MATCH (p:Place {id: id})
MATCH path = (p)-[:WITHIN*1..100]->(p)
RETURN id, [n IN nodes(path) | n.id] AS chain
LIMIT 1
