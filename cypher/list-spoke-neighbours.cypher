// The spoke-to neighbours of some actors under a filter, for walks over the network of
// src/store/spoke-network.ts (paths, networks around a center). Parties are linked as its linksOf
// links them: in an interaction of a directed type that has an initiator and a recipient,
// initiators to recipients; in any other, every party to every other; SUBJECTs never. For each
// actor asked for (resolved through merges): whether it is a party to a matching interaction (a
// node of the network), and its neighbours, each with the first matching interaction linking
// them, in the order of those interactions (oldest first, undated last, then by id): the order the
// graph creates their edges in. Neighbours first linked by the same interaction come in any order.
// Parameters: $ids (actor ids), $directedTypes (interaction types), $withActors, $types, $topics
//   (lists; empty = any), $status, $fromDate, $toDate (or null)
CALL () {
  UNWIND $withActors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS withIds
}
UNWIND $ids AS requested
OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
WITH withIds, requested, coalesce(redirect.target, requested) AS actorId
OPTIONAL MATCH (a:Actor {id: actorId})
CALL (withIds, a) {
  OPTIONAL MATCH (a)-[p:PARTICIPATED_IN]->(i:Interaction)
  WHERE p.role <> 'SUBJECT'
    AND (size($types) = 0 OR i.type IN $types)
    AND ($status IS NULL OR i.status = $status)
    AND ($fromDate IS NULL OR i.date >= $fromDate)
    AND ($toDate IS NULL OR i.date <= $toDate)
    AND (size($topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
    AND all(w IN withIds WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
  RETURN collect(i) AS interactions
}
CALL (a, interactions) {
  UNWIND interactions AS i
  WITH a, i, i.type IN $directedTypes
    AND EXISTS { MATCH (:Actor)-[:PARTICIPATED_IN {role: 'INITIATOR'}]->(i) }
    AND EXISTS { MATCH (:Actor)-[:PARTICIPATED_IN {role: 'RECIPIENT'}]->(i) } AS directed
  MATCH (a)-[p:PARTICIPATED_IN]->(i)<-[q:PARTICIPATED_IN]-(b:Actor)
  WHERE b <> a
    AND CASE
      WHEN directed THEN (p.role = 'INITIATOR' AND q.role = 'RECIPIENT') OR (p.role = 'RECIPIENT' AND q.role = 'INITIATOR')
      ELSE q.role <> 'SUBJECT'
    END
  WITH b, i
  ORDER BY i.date IS NULL, i.date, i.id
  WITH b, head(collect(i)) AS first
  ORDER BY first.date IS NULL, first.date, first.id
  RETURN collect({actorId: b.id, via: first.id}) AS neighbours
}
RETURN requested, actorId, size(interactions) > 0 AS isNode, neighbours
