// Topic nodes of the controlled vocabulary used by one article's interactions.
// Parameters: $topics (list of maps: id, name)
UNWIND $topics AS topic
MERGE (t:Topic {id: topic.id})
SET t.name = topic.name
RETURN count(t) AS written
