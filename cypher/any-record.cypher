// Whether the database holds any record at all (the seed loads only into an empty graph).
// The range predicate lets the id index answer instead of a label scan.
MATCH (n:Record)
WHERE n.id > ''
RETURN n.id AS id
LIMIT 1
