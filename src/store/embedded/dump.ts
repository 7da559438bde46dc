/** The full dump of an embedded store: every node and relationship, in a stable order. */
import { ACTOR_KIND_LABEL } from '../../domain/enums';
import { dumpTopicId, type GraphDump } from '../../domain/graph';
import { topicRecord } from '../topic-catalogue';
import type { Article } from '../../domain/article';
import type { ArticleEntry, GraphState } from './graph-state';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `article` gives an article whole (its text is on disk). */
export function dumpGraph(state: GraphState, article: (entry: ArticleEntry) => Article): GraphDump {
  const nodes: GraphDump['nodes'] = [];
  const edges: GraphDump['edges'] = [];
  const actors = [...state.actors.values()].map((s) => s.record).sort(byId);
  for (const a of actors) {
    nodes.push({
      id: a.id, labels: ['Actor', ACTOR_KIND_LABEL[a.kind]],
      properties: { name: a.name, aliases: a.aliases, kind: a.kind, role: a.role, title: a.title, organizationType: a.organizationType, country: a.country },
    });
  }
  const interactions = [...state.interactions.values()].map((s) => s.record).sort(byId);
  const topicIds = new Set<string>();
  for (const i of interactions) {
    nodes.push({
      id: i.id, labels: ['Interaction'],
      properties: { type: i.type, status: i.status, date: i.date, place: i.place, summary: i.summary },
    });
    for (const p of i.participants) edges.push({ type: 'PARTICIPATED_IN', source: p.actorId, target: i.id, properties: { role: p.role } });
    for (const t of i.topicIds) {
      topicIds.add(t);
      edges.push({ type: 'ABOUT', source: i.id, target: dumpTopicId(t), properties: {} });
    }
    for (const s of i.sources) edges.push({ type: 'REPORTED_IN', source: i.id, target: s.articleId, properties: { evidence: s.evidence, quote: s.quote } });
  }
  for (const t of [...topicIds].sort()) nodes.push({ id: dumpTopicId(t), labels: ['Topic'], properties: { name: topicRecord(t).name } });
  const entries = [...state.articles.values()].sort((a, b) => byId(a.meta, b.meta));
  for (const entry of entries) {
    const { id, ...properties } = article(entry);
    nodes.push({ id, labels: ['Article'], properties });
  }
  for (const [personId, byTarget] of [...state.affiliations].sort(([a], [b]) => a.localeCompare(b))) {
    for (const aff of [...byTarget.values()].sort((a, b) => a.targetId.localeCompare(b.targetId))) {
      edges.push({ type: 'AFFILIATED_WITH', source: personId, target: aff.targetId, properties: { title: aff.title, from: aff.from, to: aff.to } });
    }
  }
  for (const a of actors) {
    const mentions = [...state.actors.get(a.id)!.mentions].sort(([x], [y]) => x.localeCompare(y));
    for (const [articleId, count] of mentions) edges.push({ type: 'MENTIONS', source: articleId, target: a.id, properties: { count } });
  }
  return { nodes, edges };
}
