// For each group of actors, every interaction in which all of them (and all of $withActors) take
// part and that matches the filter, oldest first, undated last, then by id. One row per (group
// index, interaction); a group without any has no rows. Each group's match starts from one of its
// actors' interactions, not from every interaction of the graph.
// Parameters: $groups (lists of actor ids, each with at least one), $withActors, $types, $topics
//   (lists; empty = any), $status, $fromDate, $toDate (or null)
UNWIND range(0, size($groups) - 1) AS group
CALL (group) {
  UNWIND $groups[group] + $withActors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS withIds
}
MATCH (:Actor {id: withIds[0]})-[:PARTICIPATED_IN]->(i:Interaction)
WHERE (size($types) = 0 OR i.type IN $types)
  AND ($status IS NULL OR i.status = $status)
  AND ($fromDate IS NULL OR i.date >= $fromDate)
  AND ($toDate IS NULL OR i.date <= $toDate)
  AND (size($topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND all(w IN withIds[1..] WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
// An actor in two roles of one interaction reaches it twice.
WITH DISTINCT group, i
RETURN group, i {
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
} AS interaction
ORDER BY group, i.date IS NULL, i.date, i.id
