// For each actor, one page of the interactions it takes part in that match a filter, paged as
// list-interactions pages them with the actor among its actors: by date (ascending or descending;
// undated last either way), then id; $after is the (date, id) of the last interaction already seen.
// One row per (actor asked for, interaction of its page), in page order; an empty page is one
// row without an interaction.
// Parameters: $ids (actor ids), $types, $topics, $withActors (lists; empty = any), $status, $fromDate, $toDate (or null),
//   $descending (boolean), $after (map: date, id; or null), $first (integer)
CALL () {
  UNWIND $withActors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS withIds
}
UNWIND $ids AS requested
OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
WITH withIds, requested, coalesce(redirect.target, requested) AS actorId
CALL (withIds, actorId) {
  MATCH (:Actor {id: actorId})-[:PARTICIPATED_IN]->(i:Interaction)
  WHERE (size($types) = 0 OR i.type IN $types)
    AND ($status IS NULL OR i.status = $status)
    AND ($fromDate IS NULL OR i.date >= $fromDate)
    AND ($toDate IS NULL OR i.date <= $toDate)
    AND (size($topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
    AND all(w IN withIds WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
  WITH i
  ORDER BY i.date IS NULL,
           CASE WHEN $descending THEN null ELSE i.date END ASC,
           CASE WHEN $descending THEN i.date ELSE null END DESC,
           i.id
  // An aggregate without grouping keys: one row, an empty list for an actor without matches.
  RETURN collect(i) AS sorted
}
WITH requested, size(sorted) AS totalCount,
     [x IN sorted WHERE $after IS NULL
        OR ($after.date IS NULL AND x.date IS NULL AND x.id > $after.id)
        OR ($after.date IS NOT NULL AND (
              x.date IS NULL
              OR (CASE WHEN $descending THEN x.date < $after.date ELSE x.date > $after.date END)
              OR (x.date = $after.date AND x.id > $after.id)))] AS rest
WITH requested, totalCount, size(rest) AS restCount, rest[0..$first] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
WITH requested, totalCount, restCount, position, page[position] AS i
RETURN requested, totalCount, restCount, position,
  CASE WHEN i IS NULL THEN null ELSE i {
    .id, .type, .status, .date, .place, .summary, .rule,
    participants: COLLECT {
      MATCH (a:Actor)-[p:PARTICIPATED_IN]->(i)
      RETURN {actorId: a.id, role: p.role} AS participant ORDER BY a.id
    },
    topicIds: COLLECT { MATCH (i)-[:ABOUT]->(t:Topic) RETURN t.id AS topicId ORDER BY topicId },
    sources: COLLECT {
      MATCH (i)-[r:REPORTED_IN]->(article:Article)
      RETURN {articleId: article.id, evidence: r.evidence, quote: r.quote, publishedAt: article.publishedAt,
      language: article.language} AS source
      ORDER BY article.publishedAt IS NULL, article.publishedAt, article.id
    }
  } END AS interaction
ORDER BY requested, position
