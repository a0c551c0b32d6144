// Stores a new API key (its secret's hash only), unless a live key already has its name.
OPTIONAL MATCH (taken:ApiKey {name: $name})
WHERE taken.revokedAt IS NULL
WITH count(taken) AS live
WHERE live = 0
CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: $at})
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
