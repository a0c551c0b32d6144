// For each claim, the live sources that say it: the citing sources of its live citations.
UNWIND $ids AS id
MATCH (c:Claim {id: id})<-[:CARRIES]-(ct:Citation)-[:SAID_BY]->(s:Source)
WHERE ct.deletedAt IS NULL AND s.deletedAt IS NULL
WITH DISTINCT id, s
ORDER BY s.id
RETURN id, collect(properties(s)) AS nodes
