// Waits until every index is online (after schema.cypher created them).
// Parameters: $timeoutSeconds (integer)
CALL db.awaitIndexes($timeoutSeconds)
