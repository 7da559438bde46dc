// The most linked nodes of the spoke-to network of src/store/spoke-network.ts under a filter: its
// degree centrality, and the nodes a network without a center keeps. Parties are linked as its
// linksOf links them: in an interaction of a directed type that has an initiator and a recipient,
// initiators to recipients; in any other, every party to every other; SUBJECTs never. Returns
// `order`, how many nodes the network has (parties to a matching interaction), and `ranked`: the
// nodes of $kind (any kind when null) with their degree (how many nodes they are linked to), most
// linked first, cut after the $first-th but keeping every node as linked as it: the caller breaks
// those ties by id in localeCompare order, which Cypher has no collation for.
// Parameters: $kind (or null), $first, $directedTypes, $withActors, $types, $topics (lists; empty = any),
//   $status, $fromDate, $toDate (or null)
CALL () {
  UNWIND $withActors AS requested
  OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
  RETURN collect(DISTINCT coalesce(redirect.target, requested)) AS withIds
}
MATCH (i:Interaction)
WHERE (size($types) = 0 OR i.type IN $types)
  AND ($status IS NULL OR i.status = $status)
  AND ($fromDate IS NULL OR i.date >= $fromDate)
  AND ($toDate IS NULL OR i.date <= $toDate)
  AND (size($topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND all(w IN withIds WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
// Each interaction's participants read once; whom each party is linked to is worked out from the list.
WITH i, COLLECT {
  MATCH (a:Actor)-[p:PARTICIPATED_IN]->(i)
  RETURN {actorId: a.id, kind: a.kind, role: p.role} AS participant
} AS participants
WITH i.type IN $directedTypes AS directedType,
  [x IN participants WHERE x.role = 'INITIATOR' | x.actorId] AS initiators,
  [x IN participants WHERE x.role = 'RECIPIENT' | x.actorId] AS recipients,
  [x IN participants WHERE x.role <> 'SUBJECT'] AS parties
UNWIND parties AS party
WITH party, CASE
  WHEN directedType AND size(initiators) > 0 AND size(recipients) > 0
    THEN CASE WHEN party.actorId IN initiators THEN recipients ELSE [] END
      + CASE WHEN party.actorId IN recipients THEN initiators ELSE [] END
  ELSE [x IN parties | x.actorId]
END AS linked
// The null keeps a party linked to no one: it counts for no neighbour.
UNWIND [b IN linked WHERE b <> party.actorId] + [null] AS neighbour
WITH party.actorId AS actorId, party.kind AS kind, count(DISTINCT neighbour) AS degree
ORDER BY degree DESC
WITH collect({actorId: actorId, kind: kind, degree: degree}) AS nodes
WITH size(nodes) AS order, [n IN nodes WHERE $kind IS NULL OR n.kind = $kind] AS candidates
RETURN order, CASE
  WHEN $first < 1 THEN []
  WHEN size(candidates) <= $first THEN candidates
  ELSE [n IN candidates WHERE n.degree >= candidates[$first - 1].degree]
END AS ranked
