// Waits until every index is online, so the first query after start can use them.
CALL db.awaitIndexes($timeoutSeconds)
