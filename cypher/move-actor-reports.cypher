// mergeActors, step 2: rewrites the merged actor's id to the kept one in every report of its
// interactions; refresh-interactions then rebuilds their PARTICIPATED_IN edges.
// Parameters: $keepId, $mergeId
MATCH (merge:Actor {id: $mergeId})-[:PARTICIPATED_IN]->(i:Interaction)
MATCH (i)-[r:REPORTED_IN]->(:Article)
SET r.participantIds = [actorId IN r.participantIds | CASE WHEN actorId = $mergeId THEN $keepId ELSE actorId END]
RETURN collect(DISTINCT i.id) AS interactionIds
