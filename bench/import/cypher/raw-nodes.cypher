// The floor's node write: each record's properties (fields and meta) under Record + its
// kind's label, by MERGE on the unique id index, as the product stores them.
UNWIND $rows AS row
MERGE (n:Record {id: row.id})
SET n = row.props
SET n:$(row.label)
