// One page of the claims a source says (through any live citation), in id order.
MATCH (s:Source {id: $sourceId})<-[:SAID_BY]-(ct:Citation)-[:CARRIES]->(n:Claim)
WHERE ct.deletedAt IS NULL AND n.id > $after AND n.deletedAt IS NULL
  AND ($aboutId IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(:Record {id: $aboutId}) })
WITH DISTINCT n
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)
