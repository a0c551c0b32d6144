// Creates or replaces each record's properties; the label names its kind. Answers the
// record as written, so a mutation's answer comes from its own transaction.
UNWIND $rows AS row
MERGE (n:Record {id: row.id})
SET n = row.props
SET n:$(row.label)
RETURN properties(n) AS props
