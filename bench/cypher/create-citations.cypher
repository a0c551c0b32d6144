// Creates one batch of citations with their relationships, as the write path stores them:
// CARRIES to the claim, SAID_BY to the source that says it, CITES to the source it names.
// Claims and sources already exist; each is found through its kind's unique id index.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (s:Source {id: row.sourceId})
CREATE (ct:Record:Citation)
SET ct = row.props
CREATE (ct)-[:CARRIES {position: 0}]->(c)
CREATE (ct)-[:SAID_BY {position: 0}]->(s)
WITH ct, row
WHERE row.citesId IS NOT NULL
MATCH (t:Source {id: row.citesId})
CREATE (ct)-[:CITES {position: 0}]->(t)
