// One page of records of one kind linked to an anchor record (claims about an actor,
// sources by a publisher, routes from a place...). It starts at the anchor, so its cost
// grows with the anchor's links, not with the database. Further links the records must
// have ($alsoLinked: [{type, id}]) are checked on each candidate's own relationships.
MATCH (anchor:Record {id: $anchorId})<-[:$($relationType)]-(n:$($label))
WHERE n.id > $after AND n.deletedAt IS NULL
  AND all(key IN keys($equals) WHERE n[key] = $equals[key])
  AND ($dateFrom IS NULL OR left(n.date, size($dateFrom)) >= $dateFrom)
  AND ($dateTo IS NULL OR left(n.date, size($dateTo)) <= $dateTo)
  AND all(link IN $alsoLinked WHERE EXISTS {
    MATCH (n)-[r]->(m:Record {id: link.id}) WHERE type(r) = link.type
  })
WITH DISTINCT n
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)
