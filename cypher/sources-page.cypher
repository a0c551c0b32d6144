// One page of sources in id order: a range seek on the unique id index that stops after
// $limit rows, so a page costs the same wherever it starts (the cursor is the last id).
MATCH (n:Source)
WHERE n.id > $after AND n.deletedAt IS NULL
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($dateFrom IS NULL OR left(n.date, size($dateFrom)) >= $dateFrom)
  AND ($dateTo IS NULL OR left(n.date, size($dateTo)) <= $dateTo)
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)
