// Creates one batch of sources. The database is fresh, so CREATE (no MERGE lookup); the
// unique constraints on Record and Source still check every id at commit.
UNWIND $rows AS props
CREATE (s:Record:Source)
SET s = props
