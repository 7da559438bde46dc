// Deletes the interactions that no article reports any more.
// Parameters: $ids (interaction ids)
UNWIND $ids AS interactionId
MATCH (i:Interaction {id: interactionId})
WHERE NOT EXISTS { (i)-[:REPORTED_IN]->(:Article) }
DETACH DELETE i
RETURN count(*) AS removed
