// Topics by id; only topics some interaction is about.
// Parameters: $ids (topic ids)
MATCH (t:Topic)
WHERE t.id IN $ids AND EXISTS { (:Interaction)-[:ABOUT]->(t) }
RETURN t {.id, .name} AS topic
