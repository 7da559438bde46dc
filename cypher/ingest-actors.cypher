// Writes the actors that articles mention and their MENTIONS edges, which keep each article's
// surface forms and role/title/country so refresh-actors can fold them (article-facts.ts).
// Parameters: $actors (list of maps: articleId, id, kind, name, nameKey, organizationType,
//   mentions (integer), aliases, aliasKeys (nameKey of each alias), knownKeys (nameKey of each
//   knowledge-base name of the actor: searchable though no article used it), role, title, country)
UNWIND $actors AS fact
WITH fact, fact.articleId AS articleId
MATCH (article:Article {id: articleId})
MERGE (a:Actor {id: fact.id})
  ON CREATE SET
    a.kind = fact.kind,
    a.name = fact.name,
    a.nameKey = fact.nameKey,
    a.organizationType = fact.organizationType,
    a.aliases = [],
    a.searchKeys = [fact.nameKey],
    a.searchText = '|' + fact.nameKey + '|'
SET a.knownKeys = [key IN coalesce(a.knownKeys, []) WHERE NOT key IN fact.knownKeys] + fact.knownKeys
FOREACH (_ IN CASE WHEN a.kind = 'PERSON' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN a.kind = 'COUNTRY' THEN [1] ELSE [] END | SET a:Country)
FOREACH (_ IN CASE WHEN a.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
MERGE (article)-[m:MENTIONS]->(a)
SET
  m.count = fact.mentions,
  m.aliases = fact.aliases,
  m.aliasKeys = fact.aliasKeys,
  m.role = fact.role,
  m.title = fact.title,
  m.country = fact.country
RETURN count(m) AS written
