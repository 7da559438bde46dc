// The merge log: every id merged away by curation, the actor it now stands for, oldest first.
// Parameters: none
MATCH (redirect:ActorRedirect)
RETURN redirect.id AS mergedId, redirect.target AS keepId, coalesce(redirect.name, redirect.id) AS mergedName,
       coalesce(redirect.kind, 'PERSON') AS kind, coalesce(redirect.at, '1970-01-01T00:00:00.000Z') AS at
ORDER BY at, mergedId
