// Resolves the two ids of mergeActors through earlier merges and says whether each is an actor.
// Parameters: $keepId, $mergeId
OPTIONAL MATCH (keepRedirect:ActorRedirect {id: $keepId})
OPTIONAL MATCH (mergeRedirect:ActorRedirect {id: $mergeId})
WITH coalesce(keepRedirect.target, $keepId) AS keepId, coalesce(mergeRedirect.target, $mergeId) AS mergeId
OPTIONAL MATCH (keep:Actor {id: keepId})
OPTIONAL MATCH (merge:Actor {id: mergeId})
RETURN keepId, mergeId, keep IS NOT NULL AS keepFound, merge IS NOT NULL AS mergeFound
