// For each actor, the topics of the interactions it takes part in (any role), with the number
// of such interactions per topic.
// Parameters: $ids (actor ids)
UNWIND $ids AS requested
OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
WITH requested, coalesce(redirect.target, requested) AS actorId
MATCH (:Actor {id: actorId})-[:PARTICIPATED_IN]->(i:Interaction)-[:ABOUT]->(t:Topic)
WITH requested, t, count(DISTINCT i) AS count
RETURN requested, t {.id, .name} AS topic, count
