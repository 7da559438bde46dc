// For each article, the interactions it reports (with their dates, for ordering).
// Parameters: $ids (article ids)
MATCH (i:Interaction)-[:REPORTED_IN]->(article:Article)
WHERE article.id IN $ids
RETURN article.id AS articleId, i.id AS interactionId, i.date AS date
