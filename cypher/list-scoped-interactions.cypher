// For each scope, one page of the interactions that match a filter narrowed to the scope, paged
// as list-interactions pages the narrowed filter: by date (ascending or descending; undated last
// either way), then id; $after is the (date, id) of the last interaction already seen. A scope
// with actors narrows to the interactions they all take part in too (an actor's; a
// relationship's pair); one without, to those about its topic, in place of $topics.
// One row per (scope, interaction of its page), in page order, the scope as its position in
// $scopes; an empty page is one row without an interaction.
// Parameters: $scopes (list of maps: actors (list of ids; empty for a topic), topic (id or null)),
//   $types, $topics, $withActors (lists; empty = any), $status, $fromDate, $toDate (or null),
//   $descending (boolean), $after (map: date, id; or null), $first (integer)
CALL () {
  UNWIND $withActors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS withIds
}
UNWIND range(0, size($scopes) - 1) AS scope
CALL (scope) {
  UNWIND $scopes[scope].actors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS actorIds
}
WITH withIds, scope, actorIds, $scopes[scope].topic AS topicId
CALL (withIds, actorIds, topicId) {
  // Starts from the scope's first actor, or else its topic: never from every interaction.
  CALL (actorIds, topicId) {
    MATCH (:Actor {id: actorIds[0]})-[:PARTICIPATED_IN]->(i:Interaction)
    RETURN i
    UNION
    MATCH (:Topic {id: topicId})<-[:ABOUT]-(i:Interaction)
    WHERE size(actorIds) = 0
    RETURN i
  }
  WITH i, withIds + actorIds AS allWith, CASE WHEN topicId IS NULL THEN $topics ELSE [topicId] END AS topics
  WHERE (size($types) = 0 OR i.type IN $types)
    AND ($status IS NULL OR i.status = $status)
    AND ($fromDate IS NULL OR i.date >= $fromDate)
    AND ($toDate IS NULL OR i.date <= $toDate)
    AND (size(topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN topics })
    AND all(w IN allWith WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
  WITH i
  ORDER BY i.date IS NULL,
           CASE WHEN $descending THEN null ELSE i.date END ASC,
           CASE WHEN $descending THEN i.date ELSE null END DESC,
           i.id
  // An aggregate without grouping keys: one row, an empty list for a scope without matches.
  RETURN collect(i) AS sorted
}
WITH scope, size(sorted) AS totalCount,
     [x IN sorted WHERE $after IS NULL
        OR ($after.date IS NULL AND x.date IS NULL AND x.id > $after.id)
        OR ($after.date IS NOT NULL AND (
              x.date IS NULL
              OR (CASE WHEN $descending THEN x.date < $after.date ELSE x.date > $after.date END)
              OR (x.date = $after.date AND x.id > $after.id)))] AS rest
WITH scope, totalCount, size(rest) AS restCount, rest[0..$first] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
WITH scope, totalCount, restCount, position, page[position] AS i
RETURN scope, totalCount, restCount, position,
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
ORDER BY scope, position
