// mergeActors, step 3: moves AFFILIATED_WITH edges from and to the merged actor onto the kept
// one, joining the supporting articles; returns the persons whose affiliations to refresh.
// Edges between the two actors are dropped with the merged actor.
// Parameters: $keepId, $mergeId
MATCH (keep:Actor {id: $keepId})
MATCH (merge:Actor {id: $mergeId})
CALL (keep, merge) {
  MATCH (merge)-[old:AFFILIATED_WITH]->(target:Actor)
  WHERE target <> keep
  MERGE (keep)-[r:AFFILIATED_WITH]->(target)
    ON CREATE SET r.articleIds = old.articleIds, r.to = old.to
    ON MATCH SET
      r.articleIds = r.articleIds + [articleId IN old.articleIds WHERE NOT articleId IN r.articleIds],
      r.to = coalesce(r.to, old.to)
  DELETE old
}
CALL (keep, merge) {
  MATCH (person:Actor)-[old:AFFILIATED_WITH]->(merge)
  WHERE person <> keep
  MERGE (person)-[r:AFFILIATED_WITH]->(keep)
    ON CREATE SET r.articleIds = old.articleIds, r.to = old.to
    ON MATCH SET
      r.articleIds = r.articleIds + [articleId IN old.articleIds WHERE NOT articleId IN r.articleIds],
      r.to = coalesce(r.to, old.to)
  DELETE old
  RETURN collect(DISTINCT person.id) AS personIds
}
RETURN [keep.id] + personIds AS personIds
