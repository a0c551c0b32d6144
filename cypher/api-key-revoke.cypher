// Revokes the live keys whose id or name is $ref; returns those it revoked.
CALL () {
  MATCH (k:ApiKey {id: $ref}) RETURN k
  UNION
  MATCH (k:ApiKey {name: $ref}) RETURN k
}
WITH k
WHERE k.revokedAt IS NULL
SET k.revokedAt = $at
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
