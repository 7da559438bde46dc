/**
 * The article facts that fold back into the graph of a JSON export (`actorgraph import`).
 *
 * An export holds the folded graph, not each article's own facts, so every article is given the
 * graph's final values (names, aliases, roles, interaction properties) with its own mentions and
 * evidence. The fold of those facts (graph-state.ts) is the exported graph again: export, import
 * and export give identical files. What an export does not hold is not restored: a curation merge
 * survives as its result (the kept actor with the merged one's names), not as a redirect.
 */
import type { Article } from '../../domain/article';
import { BadInputError } from '../../domain/errors';
import type { GraphDump } from '../../domain/graph';
import type { ActorFact, AffiliationFact, ArticleFacts, ReportFact } from '../article-facts';

type Edge = GraphDump['edges'][number];

const TOPIC_PREFIX = 'topic:';

export function factsFromDump(dump: unknown): ArticleFacts[] {
  const { nodes, edges } = checkShape(dump);
  const nodesOf = (label: string) => nodes.filter((n) => n.labels.includes(label));
  const byType = (type: string) => edges.filter((e) => e.type === type);
  const actors = new Map(nodesOf('Actor').map((n) => [n.id, n]));
  const interactions = new Map(nodesOf('Interaction').map((n) => [n.id, n]));
  const facts = new Map<string, ArticleFacts>();
  for (const n of nodesOf('Article')) {
    facts.set(n.id, { article: { id: n.id, ...n.properties } as Article, actors: [], affiliations: [], reports: [] });
  }
  const articleOf = (id: string, edge: Edge) => facts.get(id) ?? fail(`${edge.type} edge names article "${id}", which the export does not hold`);
  const actorOf = (id: string, edge: Edge) => actors.get(id) ?? fail(`${edge.type} edge names actor "${id}", which the export does not hold`);

  const mentionedIn = new Map<string, string[]>();
  for (const e of byType('MENTIONS')) {
    const p = actorOf(e.target, e).properties;
    const fact: ActorFact = {
      id: e.target, kind: p.kind, name: p.name, aliases: p.aliases, role: p.role, title: p.title,
      organizationType: p.organizationType, country: p.country, mentions: e.properties.count,
    } as ActorFact;
    articleOf(e.source, e).actors.push(fact);
    const seen = mentionedIn.get(e.target);
    if (seen) seen.push(e.source);
    else mentionedIn.set(e.target, [e.source]);
  }
  for (const id of actors.keys()) if (!mentionedIn.has(id)) fail(`actor "${id}" is mentioned by no article`);

  // An affiliation is one fact of one article that mentions the person: the fold keeps it as it is.
  for (const e of byType('AFFILIATED_WITH')) {
    actorOf(e.source, e);
    const aff: AffiliationFact = { personId: e.source, targetId: e.target, ...e.properties } as AffiliationFact;
    articleOf(mentionedIn.get(e.source)![0], e).affiliations.push(aff);
  }

  const participants = groupBy(byType('PARTICIPATED_IN'), (e) => e.target);
  const topics = groupBy(byType('ABOUT'), (e) => e.source);
  for (const e of byType('REPORTED_IN')) {
    const node = interactions.get(e.source) ?? fail(`REPORTED_IN edge names interaction "${e.source}", which the export does not hold`);
    const p = node.properties;
    const report: ReportFact = {
      interactionId: node.id, type: p.type, status: p.status, date: p.date, place: p.place, summary: p.summary,
      topicIds: (topics.get(node.id) ?? []).map((t) => t.target.slice(TOPIC_PREFIX.length)),
      participants: (participants.get(node.id) ?? []).map((t) => ({ actorId: t.source, role: t.properties.role })),
      evidence: e.properties.evidence, quote: e.properties.quote,
    } as ReportFact;
    articleOf(e.target, e).reports.push(report);
  }
  return [...facts.values()];
}

function checkShape(dump: unknown): GraphDump {
  const d = dump as Partial<GraphDump> | null;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.nodes) || !Array.isArray(d.edges)) {
    fail('it is not an actorgraph JSON export ({ "nodes": [...], "edges": [...] })');
  }
  for (const n of d.nodes) {
    if (typeof n?.id !== 'string' || !Array.isArray(n.labels) || typeof n.properties !== 'object' || n.properties === null) fail(`node ${JSON.stringify(n)?.slice(0, 100)} is not { id, labels, properties }`);
  }
  for (const e of d.edges) {
    if (typeof e?.type !== 'string' || typeof e.source !== 'string' || typeof e.target !== 'string' || typeof e.properties !== 'object' || e.properties === null) {
      fail(`edge ${JSON.stringify(e)?.slice(0, 100)} is not { type, source, target, properties }`);
    }
  }
  return d as GraphDump;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

function fail(message: string): never {
  throw new BadInputError(`cannot import: ${message}`);
}
