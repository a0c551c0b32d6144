// Creates one batch of claims.
UNWIND $rows AS props
CREATE (c:Record:Claim)
SET c = props
