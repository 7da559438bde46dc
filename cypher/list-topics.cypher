// Every topic some interaction is about, with the number of such interactions.
// Parameters: none
MATCH (t:Topic)
WITH t, COUNT { (:Interaction)-[:ABOUT]->(t) } AS count
WHERE count > 0
RETURN t {.id, .name} AS topic, count
