// Every node and relationship of the actor graph with its model properties (the search keys and
// per-article bookkeeping are derived and left out), for `actorgraph export --format json`.
// Parameters: none
RETURN
  COLLECT { MATCH (a:Actor)
            RETURN a {.id, .kind, .name, .aliases, .role, .title, .organizationType, .country} AS node } AS actors,
  COLLECT { MATCH (i:Interaction) RETURN i {.id, .type, .status, .date, .place, .summary} AS node } AS interactions,
  COLLECT { MATCH (t:Topic) RETURN t {.id, .name} AS node } AS topics,
  COLLECT { MATCH (a:Article)
            RETURN a {.id, .title, .url, .source, .language, .publishedAt, .text} AS node } AS articles,
  COLLECT { MATCH (a:Actor)-[p:PARTICIPATED_IN]->(i:Interaction)
            RETURN {source: a.id, target: i.id, role: p.role} AS edge } AS participations,
  COLLECT { MATCH (i:Interaction)-[:ABOUT]->(t:Topic) RETURN {source: i.id, target: t.id} AS edge } AS abouts,
  COLLECT { MATCH (i:Interaction)-[r:REPORTED_IN]->(a:Article)
            RETURN {source: i.id, target: a.id, evidence: r.evidence, quote: r.quote,
                    publishedAt: a.publishedAt} AS edge } AS reports,
  COLLECT { MATCH (p:Actor)-[r:AFFILIATED_WITH]->(t:Actor)
            RETURN {source: p.id, target: t.id, title: r.title, validFrom: r.from, validTo: r.to} AS edge } AS affiliations,
  COLLECT { MATCH (a:Article)-[m:MENTIONS]->(b:Actor)
            RETURN {source: a.id, target: b.id, count: m.count} AS edge } AS mentions
