// Keeps every state a record has had: nothing a later write does can erase a past value.
// A purge writes the last one, with `purged` set, after the record itself is gone.
UNWIND $revisions AS rev
CREATE (:Revision {
  recordId: rev.recordId,
  revision: rev.revision,
  at: rev.at,
  by: rev.by,
  deleted: rev.deleted,
  purged: coalesce(rev.purged, false),
  state: rev.state
})
