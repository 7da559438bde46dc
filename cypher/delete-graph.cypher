// Deletes every node of the actor graph model (and so every relationship between them). Used to
// reset a database, e.g. before each integration test; other labels are left alone.
// Parameters: none
MATCH (n)
WHERE n:Actor OR n:Interaction OR n:Topic OR n:Article OR n:ActorRedirect
DETACH DELETE n
RETURN count(*) AS deleted
