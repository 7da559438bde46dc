// mergeActors, last step: the merged id (and every id merged into it before) now redirects to
// the kept actor, and the merged actor node goes.
// Parameters: $keepId, $mergeId
MATCH (merge:Actor {id: $mergeId})
CALL (merge) {
  MATCH (earlier:ActorRedirect {target: merge.id})
  SET earlier.target = $keepId
}
MERGE (redirect:ActorRedirect {id: $mergeId})
SET redirect.target = $keepId
DETACH DELETE merge
RETURN count(*) AS retired
