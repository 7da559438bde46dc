// Articles by id.
// Parameters: $ids (article ids)
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a {.id, .title, .url, .source, .language, .publishedAt, .text} AS article
