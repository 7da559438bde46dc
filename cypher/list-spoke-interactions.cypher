// The interactions that match a filter with their participants' actor records, oldest first,
// for the whole-network graph of src/store/spoke-network.ts (centrality, a network without a
// center; paths and networks around a center walk from their ends: list-spoke-neighbours).
// Parameters: $withActors, $types, $topics (lists; empty = any), $status, $fromDate, $toDate (or null)
CALL () {
  UNWIND $withActors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS withIds
}
OPTIONAL MATCH (i:Interaction)
WHERE (size($types) = 0 OR i.type IN $types)
  AND ($status IS NULL OR i.status = $status)
  AND ($fromDate IS NULL OR i.date >= $fromDate)
  AND ($toDate IS NULL OR i.date <= $toDate)
  AND (size($topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND all(w IN withIds WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
WITH i
ORDER BY i.date IS NULL, i.date, i.id
WITH CASE WHEN i IS NULL THEN null ELSE i {
  .id, .type, .status, .date, .place, .summary, .rule,
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(i)
    RETURN {actorId: a.id, role: p.role,
            actor: a {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country}} AS participant
    ORDER BY a.id
  },
  topicIds: COLLECT { MATCH (i)-[:ABOUT]->(t:Topic) RETURN t.id AS topicId ORDER BY topicId }
} END AS interaction
RETURN collect(interaction) AS interactions
