// For each actor, the articles that mention it and how often.
// Parameters: $ids (actor ids)
UNWIND $ids AS requested
OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
WITH requested, coalesce(redirect.target, requested) AS actorId
MATCH (article:Article)-[m:MENTIONS]->(:Actor {id: actorId})
RETURN requested, article.id AS articleId, m.count AS count
