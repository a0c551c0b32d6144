// How many records of each bench kind the database holds (label counts come from the count store).
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH (n:Citation) RETURN count(n) AS citations }
CALL () { MATCH ()-[r:CITES]->() RETURN count(r) AS cites }
RETURN sources, claims, citations, cites
