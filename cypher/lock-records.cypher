// Takes the write lock of each existing record before its state is read, so that writers of
// one record, and a delete racing a new reference to the record, run one after the other.
// Setting and removing a scratch property leaves the node as it was but takes its lock.
// (REMOVE alone is skipped while no node ever had the property; `SET n.x = n.x` would write
// back a value read before the lock was granted, undoing a write committed meanwhile.)
UNWIND $ids AS id
MATCH (n:Record {id: id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, n.deletedAt IS NULL AS live
