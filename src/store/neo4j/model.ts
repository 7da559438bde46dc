/**
 * The graph model as stored in Neo4j: every label, relationship type and property key the
 * statements in cypher/*.cypher may use. The Cypher lint test checks the statements against it,
 * so a misspelt property is a failing test rather than a silent null.
 *
 * Besides the model of DESIGN.md, the adapter keeps:
 * - on Actor: `nameKey` (normalised name, the NAME sort key), `searchKeys` (nameKey of the name
 *   then of each alias) and `searchText` (the keys between "|", for indexed CONTAINS lookups);
 * - on Article: `titleKey` and `textKey` (normalised title and text, for search), `ingestedAt`
 *   (database clock at creation, for the subscription feed);
 * - on MENTIONS: the article's surface forms (`aliases`, `aliasKeys`) and its `role`, `title`,
 *   `country` for the person, so actors can be recomputed when an article goes;
 * - on REPORTED_IN: the article's whole report (type, status, date, place, summary, topicIds,
 *   participantIds + participantRoles as parallel lists, evidenceKey), so interactions can be
 *   recomputed when an article goes (the folding rules in ../article-facts.ts);
 * - on AFFILIATED_WITH: `articleIds`, the articles that attest it;
 * - `(:ActorRedirect {id, target})`: an id merged away by mergeActors and the actor it now means.
 */
export const NODE_LABELS = ['Actor', 'Person', 'Country', 'Organization', 'Interaction', 'Topic', 'Article', 'ActorRedirect'] as const;

export const RELATIONSHIP_TYPES = ['PARTICIPATED_IN', 'ABOUT', 'REPORTED_IN', 'AFFILIATED_WITH', 'MENTIONS'] as const;

export const PROPERTY_KEYS = [
  // Actor
  'id', 'kind', 'name', 'nameKey', 'aliases', 'searchKeys', 'searchText', 'knownKeys', 'role', 'title', 'organizationType', 'country',
  // Interaction
  'type', 'status', 'date', 'place', 'summary', 'rule',
  // Article
  'url', 'source', 'language', 'publishedAt', 'text', 'titleKey', 'textKey', 'pendingIngest', 'ingestedAt',
  // REPORTED_IN
  'evidence', 'evidenceKey', 'quote', 'topicIds', 'participantIds', 'participantRoles',
  // AFFILIATED_WITH
  'from', 'to', 'articleIds',
  // MENTIONS
  'count', 'aliasKeys',
  // ActorRedirect
  'target', 'at',
] as const;

