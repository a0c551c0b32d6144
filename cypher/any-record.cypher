// Whether the database holds any record at all (the seed loads only into an empty graph).
MATCH (n:Record)
RETURN n.id AS id
LIMIT 1
