// Records that an article attests each person's affiliation; refresh-affiliations derives
// title and from out of the supporting articles.
// Parameters: $affiliations (list of maps: articleId, personId, targetId, to)
UNWIND $affiliations AS fact
WITH fact, fact.personId AS personId, fact.targetId AS targetId
MATCH (person:Actor {id: personId})
MATCH (target:Actor {id: targetId})
MERGE (person)-[r:AFFILIATED_WITH]->(target)
  ON CREATE SET r.articleIds = [fact.articleId], r.to = fact.to
  ON MATCH SET
    r.articleIds = CASE WHEN fact.articleId IN r.articleIds THEN r.articleIds ELSE r.articleIds + fact.articleId END,
    r.to = coalesce(r.to, fact.to)
RETURN count(r) AS written
