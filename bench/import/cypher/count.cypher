// What a contender left: records, relationships between records, revisions.
CALL { MATCH (n:Record) RETURN count(n) AS records }
CALL { MATCH (:Record)-[r]->(:Record) RETURN count(r) AS relationships }
CALL { MATCH (v:Revision) RETURN count(v) AS revisions }
RETURN records, relationships, revisions
