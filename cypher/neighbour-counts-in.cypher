// For each record, how many live records link to it by relationships of one type (the
// length of the whole list that neighbours-in pages).
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN id, COUNT { MATCH (n)<-[:$($type)]-(m:Record) WHERE m.deletedAt IS NULL } AS count
