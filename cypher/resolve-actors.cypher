// The actors that ids merged away by curation (mergeActors) now stand for.
// Parameters: $ids (actor ids)
UNWIND $ids AS requested
MATCH (redirect:ActorRedirect {id: requested})
RETURN requested, redirect.target AS actorId
