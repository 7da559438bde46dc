// Counts of what the store holds, and the date range of the interactions.
// Parameters: none
CALL () {
  MATCH (i:Interaction)
  RETURN min(i.date) AS firstDate, max(i.date) AS lastDate
}
RETURN COUNT { (:Article) } AS articles,
       COLLECT { MATCH (a:Actor) WITH a.kind AS kind, count(*) AS count RETURN {kind: kind, count: count} AS row } AS actorsByKind,
       COLLECT { MATCH (i:Interaction) WITH i.type AS type, count(*) AS count RETURN {type: type, count: count} AS row } AS interactionsByType,
       COUNT { MATCH (t:Topic) WHERE EXISTS { (:Interaction)-[:ABOUT]->(t) } } AS topics,
       firstDate,
       lastDate
