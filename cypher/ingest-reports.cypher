// Writes articles' reports: an Interaction per id and a REPORTED_IN edge holding what the
// article says about it, so refresh-interactions can fold (and, on removal, unfold) the reports.
// Parameters: $reports (list of maps: articleId, interactionId, type, status, date, place,
//   summary, rule (extraction rule id, or null), evidence, evidenceKey, quote, topicIds, participantIds, participantRoles)
UNWIND $reports AS report
WITH report, report.articleId AS articleId
MATCH (article:Article {id: articleId})
MERGE (i:Interaction {id: report.interactionId})
  ON CREATE SET
    i.type = report.type,
    i.status = report.status,
    i.date = report.date,
    i.place = report.place,
    i.summary = report.summary,
    i.rule = report.rule
MERGE (i)-[r:REPORTED_IN]->(article)
SET
  r.type = report.type,
  r.status = report.status,
  r.date = report.date,
  r.place = report.place,
  r.summary = report.summary,
  r.rule = report.rule,
  r.evidence = report.evidence,
  r.evidenceKey = report.evidenceKey,
  r.quote = report.quote,
  r.topicIds = report.topicIds,
  r.participantIds = report.participantIds,
  r.participantRoles = report.participantRoles
RETURN count(r) AS written
