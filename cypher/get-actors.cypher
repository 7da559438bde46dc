// Actors by id (merged-away ids resolve to the kept actor); one row per known id.
// Parameters: $ids (actor ids)
UNWIND $ids AS requested
OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
WITH requested, coalesce(redirect.target, requested) AS actorId
MATCH (a:Actor {id: actorId})
RETURN requested,
       a {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country} AS actor
