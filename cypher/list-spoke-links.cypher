// The edges of a network among some actors, aggregated per pair: what edgesAmong of
// test/helpers/spoke-reference.ts gives on the graph of every matching interaction, one row per edge
// (`source`, `target`, `directed`), with `weight`, how many matching interactions link the pair
// that way, their `types`, and the first and last of their dates (null when none is dated).
// Parties are linked as its linksOf links them: in an interaction of a directed type that has an
// initiator and a recipient, initiators to recipients (one directed edge per way); in any other,
// every party to every other (one undirected edge, from the lesser id); SUBJECTs never.
// Parameters: $ids (actor ids, resolved), $directedTypes, $withActors, $types, $topics (lists;
//   empty = any), $status, $fromDate, $toDate (or null)
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
WITH i, collect(DISTINCT a.id) AS kept
WHERE size(kept) >= 2
// Each interaction's participants read once; its links among the actors kept are worked out from the list.
WITH i, kept, COLLECT {
  MATCH (x:Actor)-[r:PARTICIPATED_IN]->(i)
  RETURN {actorId: x.id, role: r.role} AS participant
} AS participants
WITH i, i.type IN $directedTypes AS directedType,
  [x IN participants WHERE x.role = 'INITIATOR' | x.actorId] AS initiators,
  [x IN participants WHERE x.role = 'RECIPIENT' | x.actorId] AS recipients,
  kept
WITH i, CASE
  WHEN directedType AND size(initiators) > 0 AND size(recipients) > 0
    THEN reduce(links = [], s IN initiators | links + [t IN recipients WHERE t <> s AND s IN kept AND t IN kept | [s, t, true]])
  ELSE reduce(links = [], s IN kept | links + [t IN kept WHERE s < t | [s, t, false]])
END AS links
UNWIND links AS link
WITH DISTINCT i, link
WITH link, count(i) AS weight, collect(DISTINCT i.type) AS types, min(i.date) AS firstDate, max(i.date) AS lastDate
RETURN link[0] AS source, link[1] AS target, link[2] AS directed, weight, types, firstDate, lastDate
