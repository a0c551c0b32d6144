// One past revision of a record, for revert.
MATCH (r:Revision {recordId: $id, revision: toInteger($revision)})
RETURN r.revision AS revision, r.deleted AS deleted, coalesce(r.purged, false) AS purged, r.state AS state
LIMIT 1
