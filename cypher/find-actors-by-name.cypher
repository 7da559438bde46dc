// Actors with a name or alias whose nameKey is exactly $key, with their total mention count
// (the caller keeps the most mentioned).
// Parameters: $key (nameKey of the name asked for), $needle ("|" + key + "|")
MATCH (a:Actor)
WHERE a.searchText CONTAINS $needle AND $key IN a.searchKeys
RETURN a {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country} AS actor,
       reduce(total = 0, n IN COLLECT { MATCH (:Article)-[m:MENTIONS]->(a) RETURN m.count } | total + n) AS mentions
