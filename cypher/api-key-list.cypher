// Every API key, revoked ones included, by name then creation; never the hash.
MATCH (k:ApiKey)
WHERE k.name IS NOT NULL
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
ORDER BY k.name, k.createdAt
