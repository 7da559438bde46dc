// One page of the articles that match a filter, newest first, undated last, then by id.
// $after is the (publishedAt, id) of the last article already seen.
// Parameters: $language, $source, $fromDate, $toDate, $mentions (actor id) (each null = any),
//   $after (map: date, id; or null), $first (integer)
CALL () {
  OPTIONAL MATCH (redirect:ActorRedirect {id: $mentions})
  RETURN coalesce(redirect.target, $mentions) AS mentionedId
}
MATCH (a:Article)
WHERE ($language IS NULL OR a.language = $language)
  AND ($source IS NULL OR a.source = $source)
  AND ($fromDate IS NULL OR a.publishedAt >= $fromDate)
  AND ($toDate IS NULL OR a.publishedAt <= $toDate)
  AND (mentionedId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(:Actor {id: mentionedId}) })
WITH a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
WITH collect(a) AS sorted
WITH size(sorted) AS totalCount,
     [x IN sorted WHERE $after IS NULL
        OR ($after.date IS NULL AND x.publishedAt IS NULL AND x.id > $after.id)
        OR ($after.date IS NOT NULL AND (
              x.publishedAt IS NULL
              OR x.publishedAt < $after.date
              OR (x.publishedAt = $after.date AND x.id > $after.id)))] AS rest
RETURN totalCount, size(rest) AS restCount,
       [x IN rest[0..$first] | x {.id, .title, .url, .source, .language, .publishedAt, .text}] AS page
