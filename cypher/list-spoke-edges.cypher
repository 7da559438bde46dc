// The matching interactions to which at least two of some actors are parties (SUBJECTs aside),
// oldest first (undated last, then by id), with every participant's role: what the graph of
// src/store/spoke-network.ts needs to link those actors (the edges among a network's nodes, the
// interactions of a path's hops) as the graph of every matching interaction links them.
// Parameters: $ids (actor ids, resolved), $withActors, $types, $topics (lists; empty = any), $status,
//   $fromDate, $toDate (or null)
CALL () {
  UNWIND $withActors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS withIds
}
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})-[p:PARTICIPATED_IN]->(i:Interaction)
WHERE p.role <> 'SUBJECT'
  AND (size($types) = 0 OR i.type IN $types)
  AND ($status IS NULL OR i.status = $status)
  AND ($fromDate IS NULL OR i.date >= $fromDate)
  AND ($toDate IS NULL OR i.date <= $toDate)
  AND (size($topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND all(w IN withIds WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
WITH i, count(DISTINCT a) AS parties
WHERE parties >= 2
WITH i
ORDER BY i.date IS NULL, i.date, i.id
RETURN i {
  .id, .type, .date,
  participants: COLLECT {
    MATCH (x:Actor)-[r:PARTICIPATED_IN]->(i)
    RETURN {actorId: x.id, role: r.role} AS participant ORDER BY x.id
  }
} AS interaction
