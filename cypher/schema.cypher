// Constraints and indexes of the actor graph, applied by Neo4jGraphStore.open().
// Every statement is idempotent (IF NOT EXISTS); the loader splits this file on ";".
// Parameters: none

// Identity: MERGE on these ids relies on the uniqueness constraints (they also serialise
// concurrent MERGEs of the same id, which is what makes ingest idempotent under concurrency).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (n:Interaction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_redirect_id IF NOT EXISTS FOR (n:ActorRedirect) REQUIRE n.id IS UNIQUE;

// Ordering and lookup.
CREATE RANGE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE RANGE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey);
CREATE RANGE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE RANGE INDEX actor_redirect_target IF NOT EXISTS FOR (n:ActorRedirect) ON (n.target);
CREATE RANGE INDEX interaction_date IF NOT EXISTS FOR (n:Interaction) ON (n.date);
CREATE RANGE INDEX interaction_type IF NOT EXISTS FOR (n:Interaction) ON (n.type);
CREATE RANGE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE RANGE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);

// Case- and accent-insensitive substring lookup (CONTAINS) over normalised keys
// (src/domain/name-key.ts): actor names and aliases, article titles, evidence sentences.
CREATE TEXT INDEX actor_search_text IF NOT EXISTS FOR (n:Actor) ON (n.searchText);
CREATE TEXT INDEX article_title_key IF NOT EXISTS FOR (n:Article) ON (n.titleKey);
CREATE TEXT INDEX reported_in_evidence_key IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.evidenceKey);
