// A claim's reviews and attribution, for a ClaimReview export (src/interchange/claim-review):
// the live claim $claimId; its first $limit + 1 live reviews by id, each with its reviewer;
// and its first $citationLimit + 1 live citations that say or relay it (SUPPORTS, MENTIONS)
// by id, each with the source that says it and the document it is evidenced in (each with
// its publisher and its authors in order) and its speakers in order. Starts at the claim's id
// index entry and expands only that claim's reviews and citations; the top-k sorts keep
// memory within the limits however many it has. One more than each limit tells the caller a
// list was cut. Sources are read without their stored text.
MATCH (c:Claim {id: $claimId})
WHERE c.deletedAt IS NULL
CALL (c) {
  OPTIONAL MATCH (c)<-[:REVIEWS]-(r:Review)
  WHERE r.deletedAt IS NULL
  WITH r
  ORDER BY r.id
  LIMIT toInteger($limit) + 1
  OPTIONAL MATCH (r)-[:REVIEWED_BY]->(a:Actor)
  WITH r, a
  ORDER BY r.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    review: properties(r),
    reviewer: CASE WHEN a IS NULL THEN null ELSE a {.id, .name, .kind} END
  } END) AS reviews
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:CARRIES]-(ct:Citation)-[:SAID_BY]->(s:Source)
  WHERE ct.deletedAt IS NULL AND s.deletedAt IS NULL AND ct.stance IN ['SUPPORTS', 'MENTIONS']
  WITH ct, s
  ORDER BY ct.id
  LIMIT toInteger($citationLimit) + 1
  OPTIONAL MATCH (ct)-[:EVIDENCED_IN]->(e:Source)
  WITH ct, s, e
  ORDER BY ct.id
  RETURN collect(CASE WHEN ct IS NULL THEN null ELSE {
    citation: ct {.id, .stance},
    source: s {
      .id, .title, .kind, .url, .date,
      publisher: COLLECT { MATCH (s)-[:PUBLISHED_BY]->(p:Actor) RETURN p {.id, .name, .kind} }[0],
      authors: COLLECT { MATCH (s)-[l:AUTHORED_BY]->(p:Actor) WITH p, l ORDER BY l.position RETURN p {.id, .name, .kind} }
    },
    evidencedIn: CASE WHEN e IS NULL THEN null ELSE e {
      .id, .title, .kind, .url, .date,
      publisher: COLLECT { MATCH (e)-[:PUBLISHED_BY]->(p:Actor) RETURN p {.id, .name, .kind} }[0],
      authors: COLLECT { MATCH (e)-[l:AUTHORED_BY]->(p:Actor) WITH p, l ORDER BY l.position RETURN p {.id, .name, .kind} }
    } END,
    speakers: COLLECT { MATCH (ct)-[l:SPOKEN_BY]->(p:Actor) WITH p, l ORDER BY l.position RETURN p {.id, .name, .kind} }
  } END) AS citations
}
RETURN c {.id, .text} AS claim, reviews, citations
