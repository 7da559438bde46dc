// Creates the article node unless it exists and says whether this call created it. Concurrent
// calls for one id serialise on the article_id constraint: exactly one of them sees created = true.
// The marker property never outlives the statement. ingestedAt (database clock) lets the
// subscription feed find articles any writer added.
// Parameters: $article (map: id, title, url, source, language, publishedAt, text, titleKey, textKey)
MERGE (a:Article {id: $article.id})
  ON CREATE SET
    a.title = $article.title,
    a.url = $article.url,
    a.source = $article.source,
    a.language = $article.language,
    a.publishedAt = $article.publishedAt,
    a.text = $article.text,
    a.titleKey = $article.titleKey,
    a.textKey = $article.textKey,
    a.ingestedAt = timestamp(),
    a.pendingIngest = true
WITH a, a.pendingIngest IS NOT NULL AS created
REMOVE a.pendingIngest
RETURN created
