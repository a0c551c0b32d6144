// The claims whose provenance touches a source: a live citation of the claim is said by it
// or names it. Starts at the source's id index entry and expands its own citations only.
MATCH (s:Source {id: $sourceId})<-[:SAID_BY|CITES]-(ct:Citation)-[:CARRIES]->(c:Claim)
WHERE ct.deletedAt IS NULL AND c.deletedAt IS NULL
WITH DISTINCT c
ORDER BY c.id
LIMIT toInteger($limit)
RETURN c.id AS id
