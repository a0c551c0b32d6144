// Whether each record exists and is not deleted. Takes no lock: a write checks its
// references with this before writing, and again after its relationships to them are
// written, when the locks those relationships took make the answer final.
UNWIND $ids AS id
OPTIONAL MATCH (n:Record {id: id})
RETURN id, n IS NOT NULL AND n.deletedAt IS NULL AS live
