// Takes the write lock of each record an upsert writes, creating a bare node for a new id:
// MERGE on the unique id constraint makes concurrent creators of one id wait for each other,
// and setting and removing a scratch property takes the lock of a node that already existed
// while leaving it as it was (see lock-records.cypher).
UNWIND $ids AS id
MERGE (n:Record {id: id})
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS locked
