// One page of actors. Sort key: (rank, nameKey, id) ascending, where rank is 0 for NAME,
// minus the total mention count for MENTIONS, minus the number of interactions for INTERACTIONS.
// $after is the sort key of the last actor already seen, or null.
// Parameters: $kinds, $roles, $countries (lists; empty = any), $search (nameKey substring or null),
//   $orderBy ('NAME' | 'MENTIONS' | 'INTERACTIONS'), $after (map: rank, key, id; or null), $first (integer)
MATCH (a:Actor)
WHERE (size($kinds) = 0 OR a.kind IN $kinds)
  AND (size($roles) = 0 OR a.role IN $roles)
  AND (size($countries) = 0
       OR coalesce(a.country, CASE WHEN a.kind = 'COUNTRY' THEN a.id ELSE '' END) IN $countries)
  AND ($search IS NULL OR a.searchText CONTAINS $search)
WITH a,
     CASE $orderBy
       WHEN 'MENTIONS' THEN -reduce(total = 0, n IN COLLECT { MATCH (:Article)-[m:MENTIONS]->(a) RETURN m.count } | total + n)
       WHEN 'INTERACTIONS' THEN -COUNT { (a)-[:PARTICIPATED_IN]->(:Interaction) }
       ELSE 0
     END AS rank
ORDER BY rank, a.nameKey, a.id
WITH collect({rank: rank, key: a.nameKey, id: a.id,
              actor: a {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country}}) AS sorted
WITH size(sorted) AS totalCount,
     [row IN sorted WHERE $after IS NULL
        OR row.rank > $after.rank
        OR (row.rank = $after.rank AND (row.key > $after.key OR (row.key = $after.key AND row.id > $after.id)))] AS rest
RETURN totalCount, size(rest) AS restCount, rest[0..$first] AS page
