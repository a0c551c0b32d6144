// One page of actors in id order: a range seek on the unique id index that stops after
// $limit rows, so a page costs the same wherever it starts (the cursor is the last id).
MATCH (n:Actor)
WHERE n.id > $after AND n.deletedAt IS NULL
  AND ($kind IS NULL OR n.kind = $kind)
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)
