// For each person, the countries and organizations it is affiliated with.
// Parameters: $ids (person ids)
UNWIND $ids AS requested
OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
WITH requested, coalesce(redirect.target, requested) AS actorId
MATCH (:Actor {id: actorId})-[r:AFFILIATED_WITH]->(target:Actor)
RETURN requested, target.id AS targetId, r.title AS title, r.from AS validFrom, r.to AS validTo
