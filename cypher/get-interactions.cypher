// Interactions by id, each with participants (by actor id), topic ids (sorted) and sources
// (oldest article first, undated last).
// Parameters: $ids (interaction ids)
MATCH (i:Interaction)
WHERE i.id IN $ids
RETURN i {
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
