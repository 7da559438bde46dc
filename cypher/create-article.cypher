// Creates the article nodes that do not exist yet and says, per article, whether this call
// created it, with the metadata stored before (to tell a reload with corrected metadata). Concurrent
// calls for one id serialise on the article_id constraint: exactly one of them sees created = true.
// The marker property never outlives the statement. ingestedAt (database clock) lets the
// subscription feed find articles any writer added.
// Parameters: $articles (list of maps: id, title, url, source, language, publishedAt, text, titleKey, textKey)
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET
    a.title = row.title,
    a.url = row.url,
    a.source = row.source,
    a.language = row.language,
    a.publishedAt = row.publishedAt,
    a.text = row.text,
    a.titleKey = row.titleKey,
    a.textKey = row.textKey,
    a.ingestedAt = timestamp(),
    a.pendingIngest = true
WITH a, row, a.pendingIngest IS NOT NULL AS created
REMOVE a.pendingIngest
RETURN row.id AS id, created, a.title AS title, a.url AS url, a.source AS source, a.language AS language, a.publishedAt AS publishedAt
