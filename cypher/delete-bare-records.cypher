// Removes the bare nodes lock-or-create-records made for new ids that a write then skipped
// (a node without a revision was never a record).
UNWIND $ids AS id
MATCH (n:Record {id: id})
WHERE n.revision IS NULL
DELETE n
