// mergeActors, step 1: moves MENTIONS from the merged actor to the kept one. When an article
// mentions both, the counts add up and the surface forms are concatenated (refresh-actors
// removes duplicates); the kept actor's role/title/country in that article win.
// Parameters: $keepId, $mergeId
MATCH (keep:Actor {id: $keepId})
MATCH (merge:Actor {id: $mergeId})
MATCH (article:Article)-[old:MENTIONS]->(merge)
MERGE (article)-[m:MENTIONS]->(keep)
  ON CREATE SET m = properties(old)
  ON MATCH SET
    m.count = m.count + old.count,
    m.aliases = m.aliases + old.aliases,
    m.aliasKeys = m.aliasKeys + old.aliasKeys,
    m.role = coalesce(m.role, old.role),
    m.title = coalesce(m.title, old.title),
    m.country = coalesce(m.country, old.country)
DELETE old
RETURN count(*) AS moved
