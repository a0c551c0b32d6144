// Keeps every state a record has had: nothing a later write does can erase a past value.
UNWIND $revisions AS rev
CREATE (:Revision {
  recordId: rev.recordId,
  revision: rev.revision,
  at: rev.at,
  by: rev.by,
  deleted: rev.deleted,
  state: rev.state
})
