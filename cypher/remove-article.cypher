// Deletes articles with their REPORTED_IN and MENTIONS edges and returns what they touched, for
// the prune and refresh statements that follow in the same transaction. No row for unknown ids.
// Parameters: $ids (article ids)
UNWIND $ids AS id
MATCH (article:Article {id: id})
WITH article,
     COLLECT { MATCH (article)<-[:REPORTED_IN]-(i:Interaction) RETURN DISTINCT i.id } AS interactionIds,
     COLLECT { MATCH (article)-[:MENTIONS]->(a:Actor) RETURN DISTINCT a.id } AS actorIds
DETACH DELETE article
RETURN interactionIds, actorIds
