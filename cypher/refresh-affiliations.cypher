// Recomputes the affiliations of persons from the articles that still support them: an edge
// without a supporting article (one that exists and mentions the person) is deleted; otherwise
// title = the person's title in the newest supporting article that gives one, from = the
// earliest supporting article date.
// Parameters: $ids (person ids)
UNWIND $ids AS personId
MATCH (person:Actor {id: personId})-[r:AFFILIATED_WITH]->(:Actor)
CALL (person, r) {
  UNWIND r.articleIds AS articleId
  MATCH (article:Article {id: articleId})-[m:MENTIONS]->(person)
  WITH article, m
  ORDER BY article.publishedAt IS NULL, article.publishedAt DESC, article.id DESC
  RETURN collect(article.id) AS supporting, collect(m.title) AS titles, min(article.publishedAt) AS earliest
}
FOREACH (_ IN CASE WHEN size(supporting) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(supporting) > 0 THEN [1] ELSE [] END |
  SET r.articleIds = supporting, r.title = head(titles), r.from = earliest)
RETURN count(*) AS refreshed
