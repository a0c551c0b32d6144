// Empties the database between contenders, in transactions of 10 000 nodes.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
