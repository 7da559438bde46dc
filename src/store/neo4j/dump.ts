/**
 * The export-graph row as a GraphDump, in the shape and order of the embedded store's dump
 * (../embedded/dump.ts), so dumps of the two stores can be compared.
 */
import type { GraphDump } from '../../domain/graph';
import { dumpTopicId } from '../../domain/graph';
import { toActor, toArticle, toInteraction, toTopic } from './records';
import { ACTOR_KIND_LABEL } from '../../domain/enums';
import { asCount, asList, asMap, asNullableString, asString, type Plain } from './values';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byLocale = (a: string, b: string): number => a.localeCompare(b);

interface Edge { source: string; target: string; row: Record<string, Plain> }

function edges(value: Plain | undefined, field: string): Edge[] {
  return asList(value, field).map((e, n) => {
    const row = asMap(e, `${field}[${n}]`);
    return { source: asString(row.source, `${field}[${n}].source`), target: asString(row.target, `${field}[${n}].target`), row };
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

export function toGraphDump(row: Record<string, Plain>): GraphDump {
  const nodes: GraphDump['nodes'] = [];
  const out: GraphDump['edges'] = [];

  const actors = asList(row.actors, 'actors').map((a, n) => toActor(a, `actors[${n}]`)).sort((a, b) => byCodeUnits(a.id, b.id));
  for (const a of actors) {
    nodes.push({
      id: a.id, labels: ['Actor', ACTOR_KIND_LABEL[a.kind]],
      properties: { name: a.name, aliases: a.aliases, kind: a.kind, role: a.role, title: a.title, organizationType: a.organizationType, country: a.country },
    });
  }

  const participations = groupBy(edges(row.participations, 'participations'), (e) => e.target);
  const abouts = groupBy(edges(row.abouts, 'abouts'), (e) => e.source);
  const reports = groupBy(edges(row.reports, 'reports'), (e) => e.source);
  const interactions = asList(row.interactions, 'interactions')
    .map((i, n) => toInteraction({ ...asMap(i, `interactions[${n}]`), participants: [], topicIds: [], sources: [] }, `interactions[${n}]`))
    .sort((a, b) => byCodeUnits(a.id, b.id));
  for (const i of interactions) {
    nodes.push({ id: i.id, labels: ['Interaction'], properties: { type: i.type, status: i.status, date: i.date, place: i.place, summary: i.summary } });
    for (const e of [...(participations.get(i.id) ?? [])].sort((a, b) => byCodeUnits(a.source, b.source))) {
      out.push({ type: 'PARTICIPATED_IN', source: e.source, target: i.id, properties: { role: asString(e.row.role, 'participations.role') } });
    }
    for (const e of [...(abouts.get(i.id) ?? [])].sort((a, b) => byCodeUnits(a.target, b.target))) {
      out.push({ type: 'ABOUT', source: i.id, target: dumpTopicId(e.target), properties: {} });
    }
    const sources = [...(reports.get(i.id) ?? [])].sort((a, b) => {
      const da = asNullableString(a.row.publishedAt, 'reports.publishedAt') ?? '9999';
      const db = asNullableString(b.row.publishedAt, 'reports.publishedAt') ?? '9999';
      return da !== db ? byCodeUnits(da, db) : byCodeUnits(a.target, b.target);
    });
    for (const e of sources) {
      out.push({
        type: 'REPORTED_IN', source: i.id, target: e.target,
        properties: { evidence: asNullableString(e.row.evidence, 'reports.evidence') ?? '', quote: asNullableString(e.row.quote, 'reports.quote') },
      });
    }
  }

  const topics = asList(row.topics, 'topics').map((t, n) => toTopic(t, `topics[${n}]`)).sort((a, b) => byCodeUnits(a.id, b.id));
  for (const t of topics) nodes.push({ id: dumpTopicId(t.id), labels: ['Topic'], properties: { name: t.name } });

  const articles = asList(row.articles, 'articles').map((a, n) => toArticle(a, `articles[${n}]`)).sort((a, b) => byCodeUnits(a.id, b.id));
  for (const { id, ...properties } of articles) nodes.push({ id, labels: ['Article'], properties });

  const affiliations = edges(row.affiliations, 'affiliations')
    .sort((a, b) => byLocale(a.source, b.source) || byLocale(a.target, b.target));
  for (const e of affiliations) {
    out.push({
      type: 'AFFILIATED_WITH', source: e.source, target: e.target,
      properties: {
        title: asNullableString(e.row.title, 'affiliations.title'),
        from: asNullableString(e.row.validFrom, 'affiliations.from'),
        to: asNullableString(e.row.validTo, 'affiliations.to'),
      },
    });
  }

  const mentions = groupBy(edges(row.mentions, 'mentions'), (e) => e.target);
  for (const a of actors) {
    for (const e of [...(mentions.get(a.id) ?? [])].sort((x, y) => byLocale(x.source, y.source))) {
      out.push({ type: 'MENTIONS', source: e.source, target: a.id, properties: { count: asCount(e.row.count, 'mentions.count') } });
    }
  }
  return { nodes, edges: out };
}
