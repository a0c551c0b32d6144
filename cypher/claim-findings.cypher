// For each claim, the first $limit findings of its live reviews (live findings only), by
// review id then finding id, each with its review, the review's reviewer, the source found
// and the trail end it went beyond. Starts at each claim's id index entry and expands only
// that claim's reviews; a top-$limit sort, so memory stays within $limit per claim however
// many findings its reviews hold.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)<-[:REVIEWS]-(r:Review)<-[:FINDING_OF]-(f:Finding)-[:FOUND]->(s:Source)
  WHERE r.deletedAt IS NULL AND f.deletedAt IS NULL
  WITH r, f, s
  ORDER BY r.id, f.id
  LIMIT toInteger($limit)
  OPTIONAL MATCH (r)-[:REVIEWED_BY]->(a:Actor)
  OPTIONAL MATCH (f)-[:BEYOND]->(b:Source)
  WITH r, f, s, a, b
  ORDER BY r.id, f.id
  RETURN collect({
    finding: properties(f),
    review: properties(r),
    reviewer: CASE WHEN a IS NULL THEN null ELSE properties(a) END,
    source: properties(s),
    beyond: CASE WHEN b IS NULL THEN null ELSE properties(b) END
  }) AS findings
}
RETURN id, findings
