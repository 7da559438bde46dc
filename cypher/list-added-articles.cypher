// Articles created (by any writer) at or after a moment of the database clock, oldest first,
// after a cursor, and the database clock now: what the subscription feed polls for.
// Parameters: $since (ms since the epoch, inclusive), $afterAt and $afterId (the last article
//   already read of this poll, or null and ''), $limit
RETURN timestamp() AS now,
  COLLECT {
    MATCH (a:Article)
    WHERE a.ingestedAt >= $since
      AND ($afterAt IS NULL OR a.ingestedAt > $afterAt OR (a.ingestedAt = $afterAt AND a.id > $afterId))
    RETURN {id: a.id, ingestedAt: a.ingestedAt} AS article
    ORDER BY article.ingestedAt, article.id
    LIMIT $limit
  } AS articles
