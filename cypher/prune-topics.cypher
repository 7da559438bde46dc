// Deletes the topics that no interaction is about any more.
// Parameters: none
MATCH (t:Topic)
WHERE NOT EXISTS { (:Interaction)-[:ABOUT]->(t) }
DETACH DELETE t
RETURN count(*) AS removed
