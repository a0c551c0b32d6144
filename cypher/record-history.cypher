// A record's revisions below $before, newest first (one more than a page, so the oldest
// one shown can say what it changed).
MATCH (r:Revision {recordId: $id})
WHERE r.revision < $before
RETURN r.revision AS revision, r.at AS at, r.by AS by, r.deleted AS deleted,
       coalesce(r.purged, false) AS purged, r.state AS state
ORDER BY r.revision DESC
LIMIT toInteger($limit)
