// Live records that point at the given record; a soft delete is refused while any exist.
MATCH (n:Record {id: $id})<-[r]-(m:Record)
WHERE m.deletedAt IS NULL
RETURN DISTINCT m.id AS id
ORDER BY id
LIMIT 10
