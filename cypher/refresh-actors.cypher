// Recomputes actors from the MENTIONS edges that remain (folding rules in src/store/article-facts.ts):
// aliases = every surface form of every mentioning article except the name, distinct and sorted;
// role, title and country from the newest dated article that gives them (undated ones last).
// searchKeys = nameKey of the name, then of each alias in alias order, then the knowledge-base
// names (knownKeys) not among them; searchText joins them between "|" for CONTAINS lookups.
// Parameters: $ids (actor ids)
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
CALL (a) {
  MATCH (article:Article)-[m:MENTIONS]->(a)
  WITH m, article
  ORDER BY article.publishedAt IS NULL, article.publishedAt DESC, article.id DESC
  RETURN collect(m) AS mentions
}
WITH a, mentions
WHERE size(mentions) > 0
CALL (a, mentions) {
  UNWIND mentions AS m
  UNWIND range(0, size(m.aliases) - 1) AS k
  WITH DISTINCT a, m.aliases[k] AS alias, m.aliasKeys[k] AS aliasKey
  WHERE alias <> a.name
  WITH alias, aliasKey
  ORDER BY alias
  RETURN collect(alias) AS aliases, collect(aliasKey) AS aliasKeys
}
WITH a, mentions, aliases, [a.nameKey] + aliasKeys AS keys
WITH a, mentions, aliases, keys + [key IN coalesce(a.knownKeys, []) WHERE NOT key IN keys] AS searchKeys
SET
  a.aliases = aliases,
  a.searchKeys = searchKeys,
  a.searchText = '|' + reduce(text = '', key IN searchKeys | text + key + '|'),
  a.role = head([m IN mentions WHERE m.role IS NOT NULL | m.role]),
  a.title = head([m IN mentions WHERE m.title IS NOT NULL | m.title]),
  a.country = head([m IN mentions WHERE m.country IS NOT NULL | m.country])
RETURN count(a) AS refreshed
