// Which of the referenced ids name no live record (absent or soft-deleted).
UNWIND $ids AS id
OPTIONAL MATCH (n:Record {id: id})
WITH id, n
WHERE n IS NULL OR n.deletedAt IS NOT NULL
RETURN collect(id) AS missing
