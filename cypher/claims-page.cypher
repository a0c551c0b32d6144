// One page of claims in id order: a range seek on the unique id index that stops after
// $limit rows, so a page costs the same wherever it starts (the cursor is the last id).
MATCH (n:Claim)
WHERE n.id > $after AND n.deletedAt IS NULL
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)
