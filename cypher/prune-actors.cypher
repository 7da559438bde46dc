// Deletes the actors that no article mentions and no interaction involves any more.
// Redirects to them stay: an article naming a merged-away id still resolves to the kept id.
// Parameters: $ids (actor ids)
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(a) }
  AND NOT EXISTS { (a)-[:PARTICIPATED_IN]->(:Interaction) }
DETACH DELETE a
RETURN count(*) AS removed
