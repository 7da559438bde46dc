// Recomputes interactions from the reports that remain (folding rules in src/store/article-facts.ts):
// reports in article order (oldest first, undated last, then by id); type, date, summary and rule from
// the first; OCCURRED when any report says so; place = first non-null; topics = union;
// participants = union with the most specific role. Interactions without reports are left to
// prune-interactions.
// Parameters: $ids (interaction ids), $roleRank (participant roles, least specific first)
UNWIND $ids AS interactionId
MATCH (i:Interaction {id: interactionId})
CALL (i) {
  MATCH (i)-[r:REPORTED_IN]->(article:Article)
  WITH r, article
  ORDER BY article.publishedAt IS NULL, article.publishedAt, article.id
  RETURN collect(r) AS reports
}
WITH i, reports
WHERE size(reports) > 0
SET
  i.type = reports[0].type,
  i.date = reports[0].date,
  i.summary = reports[0].summary,
  i.rule = reports[0].rule,
  i.status = CASE WHEN any(r IN reports WHERE r.status = 'OCCURRED') THEN 'OCCURRED' ELSE 'PLANNED' END,
  i.place = head([r IN reports WHERE r.place IS NOT NULL | r.place])
WITH i, reports
CALL (i) {
  MATCH (i)<-[old:PARTICIPATED_IN]-(:Actor)
  DELETE old
}
CALL (i) {
  MATCH (i)-[old:ABOUT]->(:Topic)
  DELETE old
}
CALL (i, reports) {
  UNWIND reports AS r
  UNWIND range(0, size(r.participantIds) - 1) AS k
  WITH i, r.participantIds[k] AS actorId,
       head([n IN range(0, size($roleRank) - 1) WHERE $roleRank[n] = r.participantRoles[k]]) AS rank
  WITH i, actorId, max(rank) AS best
  MATCH (a:Actor {id: actorId})
  CREATE (a)-[:PARTICIPATED_IN {role: $roleRank[best]}]->(i)
}
CALL (i, reports) {
  UNWIND reports AS r
  UNWIND r.topicIds AS topicId
  WITH DISTINCT i, topicId
  MATCH (t:Topic {id: topicId})
  CREATE (i)-[:ABOUT]->(t)
}
RETURN count(i) AS refreshed
