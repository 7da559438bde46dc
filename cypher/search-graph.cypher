// Hits for a search over normalised text (src/domain/name-key.ts): every word of the query must
// occur, at the start of a word, in one actor name or alias (score 3, doubled when that name is the whole query), in an
// article title (2) or text (1), or in an evidence sentence (1.5; the first report in article
// order gives the text). Returns the hits down to the score of the $first-best one (ties
// included); the caller orders ties and cuts.
// Parameters: $words (normalised words, each with a leading space: they match at word starts in
//   a text with a space put in front), $longest (the longest word, no space), $phrase (the words
//   joined by single spaces), $first (integer, at least 1)
CALL () {
  MATCH (a:Actor)
  WHERE a.searchText CONTAINS $longest
  WITH a, [key IN a.searchKeys WHERE all(word IN $words WHERE (' ' + key) CONTAINS word)] AS matched
  WHERE size(matched) > 0
  RETURN 'ACTOR' AS kind, a.id AS id, a.name AS text, CASE WHEN matched[0] = $phrase THEN 6.0 ELSE 3.0 END AS score
  UNION ALL
  MATCH (article:Article)
  WHERE article.textKey CONTAINS $longest OR article.titleKey CONTAINS $longest
  WITH article,
       coalesce(all(word IN $words WHERE (' ' + article.titleKey) CONTAINS word), false) AS inTitle,
       coalesce(all(word IN $words WHERE (' ' + article.textKey) CONTAINS word), false) AS inText
  WHERE inTitle OR inText
  RETURN 'ARTICLE' AS kind, article.id AS id,
         CASE WHEN inTitle THEN article.title ELSE coalesce(article.title, substring(article.text, 0, 120)) END AS text,
         CASE WHEN inTitle THEN 2.0 ELSE 1.0 END AS score
  UNION ALL
  MATCH (i:Interaction)-[r:REPORTED_IN]->(article:Article)
  WHERE r.evidenceKey CONTAINS $longest AND all(word IN $words WHERE (' ' + r.evidenceKey) CONTAINS word)
  WITH i, r, article
  ORDER BY article.publishedAt IS NULL, article.publishedAt, article.id
  WITH i, collect(r.evidence) AS evidence
  RETURN 'INTERACTION' AS kind, i.id AS id, evidence[0] AS text, 1.5 AS score
}
WITH kind, id, text, score
ORDER BY score DESC
WITH collect({kind: kind, id: id, text: text, score: score}) AS hits
WITH hits, CASE WHEN size(hits) > $first THEN hits[$first - 1].score ELSE 0.0 END AS cutoff
RETURN [hit IN hits WHERE hit.score >= cutoff] AS hits
