// The spoke-to network of src/store/spoke-network.ts under a filter as nodes and linked pairs, for
// the centralities computed on the whole graph (PageRank, betweenness). Parties are linked as its
// linksOf links them: in an interaction of a directed type that has an initiator and a recipient,
// initiators to recipients; in any other, every party to every other; SUBJECTs never.
// `nodes`: [actorId, kind, first] for each party to a matching interaction; `pairs`: [source,
// target, first, interactions] for each linked pair, `interactions` how many matching interactions
// link it. Lists, not maps: decoding a key per field cost the driver more than building the graph.
// `first` orders them as the graph creates them, as the scores' sums follow that order: the rank
// (oldest first, undated last, then by id) of the first matching interaction the node is a party
// to or that links the pair; (`source`, `target`) is the pair's first link in that interaction
// (the least in (source, target) order).
// Parameters: $directedTypes, $withActors, $types, $topics (lists; empty = any), $status, $fromDate,
//   $toDate (or null)
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
WITH i
ORDER BY i.date IS NULL, i.date, i.id
WITH collect(i) AS matching
UNWIND range(0, size(matching) - 1) AS rank
WITH rank, matching[rank] AS i
// Each interaction's participants read once; its links are worked out from the list.
WITH rank, i, COLLECT {
  MATCH (a:Actor)-[p:PARTICIPATED_IN]->(i)
  RETURN {actorId: a.id, kind: a.kind, role: p.role} AS participant
} AS participants
WITH rank, i.type IN $directedTypes AS directedType,
  [x IN participants WHERE x.role = 'INITIATOR' | x.actorId] AS initiators,
  [x IN participants WHERE x.role = 'RECIPIENT' | x.actorId] AS recipients,
  [x IN participants WHERE x.role <> 'SUBJECT'] AS parties
WITH rank, parties, CASE
  WHEN directedType AND size(initiators) > 0 AND size(recipients) > 0
    THEN reduce(links = [], s IN initiators | links + [t IN recipients WHERE t <> s | [s, t]])
  ELSE reduce(links = [], s IN parties | links + [t IN parties WHERE s.actorId < t.actorId | [s.actorId, t.actorId]])
END AS links
WITH collect({rank: rank, parties: parties, links: links}) AS linking
CALL (linking) {
  UNWIND linking AS x
  UNWIND x.parties AS party
  WITH party.actorId AS actorId, party.kind AS kind, min(x.rank) AS first
  RETURN collect([actorId, kind, first]) AS nodes
}
CALL (linking) {
  UNWIND linking AS x
  UNWIND x.links AS link
  WITH DISTINCT x.rank AS rank, link[0] AS source, link[1] AS target
  WITH rank, source, target,
    CASE WHEN source < target THEN source ELSE target END AS lo,
    CASE WHEN source < target THEN target ELSE source END AS hi
  ORDER BY rank, source, target
  WITH lo, hi, head(collect([source, target])) AS firstLink, min(rank) AS first, count(DISTINCT rank) AS interactions
  RETURN collect([firstLink[0], firstLink[1], first, interactions]) AS pairs
}
RETURN nodes, pairs
