// For each record, how many distinct live records one symmetric relationship type links it to.
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN id, COUNT { MATCH (n)-[:$($type)]-(m:Record) WHERE m.deletedAt IS NULL RETURN DISTINCT m } AS count
