// Deletes an article with its REPORTED_IN and MENTIONS edges and returns what it touched, for
// the prune and refresh statements that follow in the same transaction. No row when unknown.
// Parameters: $id (article id)
MATCH (article:Article {id: $id})
WITH article,
     COLLECT { MATCH (article)<-[:REPORTED_IN]-(i:Interaction) RETURN DISTINCT i.id } AS interactionIds,
     COLLECT { MATCH (article)-[:MENTIONS]->(a:Actor) RETURN DISTINCT a.id } AS actorIds
DETACH DELETE article
RETURN interactionIds, actorIds
