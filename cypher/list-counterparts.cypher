// For each actor, whom it interacted with: both take part in a role other than SUBJECT, in
// interactions that match the filter, including its actors ($withActors all take part). One row
// per (actor asked for, counterpart), with the interactions oldest first, undated last.
// Parameters: $ids (actor ids), $types, $topics, $withActors (lists; empty = any), $status, $fromDate, $toDate (or null)
UNWIND $ids AS requested
OPTIONAL MATCH (redirect:ActorRedirect {id: requested})
WITH requested, coalesce(redirect.target, requested) AS actorId
MATCH (a:Actor {id: actorId})-[pa:PARTICIPATED_IN]->(i:Interaction)<-[pc:PARTICIPATED_IN]-(c:Actor)
WHERE c <> a
  AND pa.role <> 'SUBJECT' AND pc.role <> 'SUBJECT'
  AND (size($types) = 0 OR i.type IN $types)
  AND ($status IS NULL OR i.status = $status)
  AND ($fromDate IS NULL OR i.date >= $fromDate)
  AND ($toDate IS NULL OR i.date <= $toDate)
  AND (size($topics) = 0 OR EXISTS { MATCH (i)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND all(w IN $withActors WHERE EXISTS { MATCH (:Actor {id: w})-[:PARTICIPATED_IN]->(i) })
WITH requested, c, i
ORDER BY i.date IS NULL, i.date, i.id
WITH requested, c, collect(i) AS interactions
RETURN requested,
       c.id AS actorId,
       size(interactions) AS count,
       head([x IN interactions WHERE x.date IS NOT NULL | x.date]) AS firstDate,
       last([x IN interactions WHERE x.date IS NOT NULL | x.date]) AS lastDate,
       COLLECT {
         UNWIND interactions AS x
         MATCH (x)-[:ABOUT]->(t:Topic)
         RETURN DISTINCT t.id AS topicId ORDER BY topicId
       } AS topicIds,
       [x IN interactions | x.id] AS interactionIds
