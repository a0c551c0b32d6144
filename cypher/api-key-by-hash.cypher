// The live API key whose secret hashes to $hash, if any (an index seek on the hash).
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k {.id, .name, .role} AS key
