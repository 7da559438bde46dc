// Actors with a name or alias whose nameKey is exactly $key, or, failing that, persons with a
// name or alias ending in the one word $key (a surname: "nawrocki" finds "Karol Nawrocki"); with
// whether the match is exact and their total mention count (the caller ranks exact, then mentions).
// Parameters: $key (nameKey of the name asked for), $needle ("|" + key + "|"), $suffixNeedle (" " + key + "|")
MATCH (a:Actor)
WHERE (a.searchText CONTAINS $needle AND $key IN a.searchKeys)
   OR (a.kind = 'PERSON' AND NOT $key CONTAINS ' ' AND a.searchText CONTAINS $suffixNeedle)
RETURN a {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country} AS actor,
       $key IN a.searchKeys AS exact,
       reduce(total = 0, n IN COLLECT { MATCH (:Article)-[m:MENTIONS]->(a) RETURN m.count } | total + n) AS mentions
