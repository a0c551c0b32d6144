// The provenance subgraph of each claim asked for, one row per claim, in one round trip:
// every live citation that carries it, with the source that says it, the source it names,
// where it is evidenced and who speaks, plus what the trail-end and voice rules need (makers: publishers and authors; publishers apart) and the claims
// recorded as contradicting it (in either direction, each once, at most $maxContradicting). It starts at each claim's id index entry and expands only
// that claim's citations, so its cost grows with the claims' provenance, never with the
// database. At most $maxCitations + 1 hops per claim, so the caller can tell when the cap
// was hit. `trace` asks for one claim; `dependents` for all claims resting on a source.
// Citations, sources and speakers come as lists of values in the order of $citationKeys,
// $sourceKeys and $actorKeys (their content fields, no history): a trace reads many of
// them, and plain value lists are the cheapest thing to send and to decode.
UNWIND $claimIds AS claimId
MATCH (c:Claim {id: claimId})
WHERE c.deletedAt IS NULL
CALL (c) {
  MATCH (c)<-[:CARRIES]-(ct:Citation)-[:SAID_BY]->(s:Source)
  WHERE ct.deletedAt IS NULL
  WITH ct, s
  ORDER BY ct.id
  LIMIT toInteger($maxCitations) + 1
  OPTIONAL MATCH (ct)-[:CITES]->(t:Source)
  OPTIONAL MATCH (ct)-[:EVIDENCED_IN]->(e:Source)
  RETURN collect({
    citation: [key IN $citationKeys | ct[key]],
    source: [key IN $sourceKeys | s[key]],
    sourceMakers: [(s)-[:PUBLISHED_BY|AUTHORED_BY]->(a:Actor) | a.id],
    sourcePublisher: head([(s)-[:PUBLISHED_BY]->(a:Actor) | a.id]),
    cites: CASE WHEN t IS NULL THEN null ELSE [key IN $sourceKeys | t[key]] END,
    citesMakers: [(t)-[:PUBLISHED_BY|AUTHORED_BY]->(a:Actor) | a.id],
    citesPublisher: head([(t)-[:PUBLISHED_BY]->(a:Actor) | a.id]),
    evidencedIn: CASE WHEN e IS NULL THEN null ELSE [key IN $sourceKeys | e[key]] END,
    speakers: [(ct)-[:SPOKEN_BY]->(a:Actor) WHERE a.deletedAt IS NULL | [key IN $actorKeys | a[key]]]
  }) AS hops
}
RETURN properties(c) AS claim,
       hops,
       [(c)-[:ABOUT]->(x:Record) WHERE x.deletedAt IS NULL | x.id] AS aboutIds,
       COLLECT {
         MATCH (c)-[:CONTRADICTS]-(o:Claim)
         WHERE o.deletedAt IS NULL
         WITH DISTINCT o
         ORDER BY o.id
         LIMIT toInteger($maxContradicting)
         RETURN properties(o)
       } AS contradicting
