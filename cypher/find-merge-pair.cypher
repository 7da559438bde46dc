// Resolves the two ids of mergeActors through earlier merges and returns each actor (null when
// there is none), for the not-found and same-kind checks.
// Parameters: $keepId, $mergeId
OPTIONAL MATCH (keepRedirect:ActorRedirect {id: $keepId})
OPTIONAL MATCH (mergeRedirect:ActorRedirect {id: $mergeId})
WITH coalesce(keepRedirect.target, $keepId) AS keepId, coalesce(mergeRedirect.target, $mergeId) AS mergeId
OPTIONAL MATCH (keep:Actor {id: keepId})
OPTIONAL MATCH (merge:Actor {id: mergeId})
RETURN keepId, mergeId,
       CASE WHEN keep IS NULL THEN null ELSE keep {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country} END AS keep,
       CASE WHEN merge IS NULL THEN null ELSE merge {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country} END AS merge
