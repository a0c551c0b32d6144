// Erases a record and every relationship it has. Its Revision nodes stay.
MATCH (n:Record {id: $id})
DETACH DELETE n
RETURN count(*) AS purged
