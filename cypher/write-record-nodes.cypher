// Creates or replaces each record's properties; the label names its kind.
UNWIND $rows AS row
MERGE (n:Record {id: row.id})
SET n = row.props
SET n:$(row.label)
