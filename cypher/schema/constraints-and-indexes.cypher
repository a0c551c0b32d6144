// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Every record carries the label Record beside its kind, so one unique constraint makes
// every lookup by id an index seek, whatever the kind.
CREATE CONSTRAINT record_id_unique IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE;
// Keyset pagination of each kind walks this order: kind label + id.
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id_unique IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chemical_id_unique IF NOT EXISTS FOR (n:Chemical) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT route_id_unique IF NOT EXISTS FOR (n:Route) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT citation_id_unique IF NOT EXISTS FOR (n:Citation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_id_unique IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_id_unique IF NOT EXISTS FOR (n:Finding) REQUIRE n.id IS UNIQUE;
// Filters.
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind);
CREATE INDEX chemical_role IF NOT EXISTS FOR (n:Chemical) ON (n.role);
CREATE INDEX route_mode IF NOT EXISTS FOR (n:Route) ON (n.mode);
CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind);
CREATE INDEX source_date IF NOT EXISTS FOR (n:Source) ON (n.date);
// History: every revision of a record, looked up by record id.
CREATE INDEX revision_record IF NOT EXISTS FOR (r:Revision) ON (r.recordId, r.revision);
// Full-text search, one index per kind so each hit knows its kind and its own scoring.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
CREATE FULLTEXT INDEX source_title IF NOT EXISTS FOR (n:Source) ON EACH [n.title, n.description];
CREATE FULLTEXT INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX chemical_name IF NOT EXISTS FOR (n:Chemical) ON EACH [n.name, n.synonyms];
CREATE FULLTEXT INDEX place_name IF NOT EXISTS FOR (n:Place) ON EACH [n.name, n.aliases];
// API keys (src/auth): not records, so not labelled Record. A request's key is found by the
// hash of its secret; `keys revoke` finds keys by id or name; `keys list` walks names in order.
CREATE CONSTRAINT api_key_id_unique IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash_unique IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE;
CREATE INDEX api_key_name IF NOT EXISTS FOR (k:ApiKey) ON (k.name);
