// mergeActors, last step: the merged id (and every id merged into it before) now redirects to
// the kept actor, which takes over its knowledge-base names; the merged actor node goes.
// The redirect is also the merge log entry (list-merges): the merged actor's name and kind, and when.
// Parameters: $keepId, $mergeId, $at (ISO timestamp of the merge)
MATCH (merge:Actor {id: $mergeId})
MATCH (keep:Actor {id: $keepId})
SET keep.knownKeys = coalesce(keep.knownKeys, []) + [key IN coalesce(merge.knownKeys, []) WHERE NOT key IN coalesce(keep.knownKeys, [])]
WITH merge
CALL (merge) {
  MATCH (earlier:ActorRedirect {target: merge.id})
  SET earlier.target = $keepId
}
MERGE (redirect:ActorRedirect {id: $mergeId})
SET redirect.target = $keepId, redirect.at = $at, redirect.name = merge.name, redirect.kind = merge.kind
DETACH DELETE merge
RETURN count(*) AS retired
