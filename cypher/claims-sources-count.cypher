// For each claim, how many distinct live sources say it.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, COUNT {
  MATCH (c)<-[:CARRIES]-(ct:Citation)-[:SAID_BY]->(s:Source)
  WHERE ct.deletedAt IS NULL AND s.deletedAt IS NULL
  RETURN DISTINCT s
} AS count
