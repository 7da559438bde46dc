// For each article, the actors it mentions and how often.
// Parameters: $ids (article ids)
MATCH (article:Article)-[m:MENTIONS]->(a:Actor)
WHERE article.id IN $ids
RETURN article.id AS articleId, a.id AS actorId, m.count AS count
