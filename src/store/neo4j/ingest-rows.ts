/**
 * The parameters of one article's ingest statements, from its facts (../article-facts.ts).
 * Pure: ids merged away by curation are resolved through `redirects`, facts that then name the
 * same actor are combined as the embedded store combines them, and a report repeated for one
 * interaction keeps the last one.
 */
import type { Article } from '../../domain/article';
import { nameKey } from '../../domain/name-key';
import type { ActorFact, AffiliationFact, ArticleFacts, ReportFact } from '../article-facts';
import { knowledgeNames } from '../knowledge-names';
import { topicRecord } from '../topic-catalogue';
import { int } from './values';

export interface IngestRows {
  article: Record<string, unknown>;
  actors: Record<string, unknown>[];
  affiliations: Record<string, unknown>[];
  topics: { id: string; name: string }[];
  reports: Record<string, unknown>[];
  actorIds: string[];
  personIds: string[];
  interactionIds: string[];
}

/** Every actor id the facts name (to look up in the redirects). */
export function actorIdsOf(facts: ArticleFacts): string[] {
  const ids = new Set<string>();
  for (const a of facts.actors) ids.add(a.id);
  for (const f of facts.affiliations) { ids.add(f.personId); ids.add(f.targetId); }
  for (const r of facts.reports) for (const p of r.participants) ids.add(p.actorId);
  return [...ids];
}

export function articleRow(article: Article): Record<string, unknown> {
  return {
    id: article.id, title: article.title ?? null, url: article.url ?? null, source: article.source ?? null,
    language: article.language, publishedAt: article.publishedAt ?? null, text: article.text,
    titleKey: article.title ? nameKey(article.title) : null, textKey: nameKey(article.text),
  };
}

export function ingestRows(facts: ArticleFacts, redirects: ReadonlyMap<string, string>): IngestRows {
  const resolve = (id: string): string => redirects.get(id) ?? id;

  const actors = new Map<string, { fact: ActorFact; mentions: number; aliases: string[]; knownKeys: Set<string> }>();
  for (const fact of facts.actors) {
    const id = resolve(fact.id);
    const prev = actors.get(id);
    const forms = [fact.name, ...fact.aliases];
    const known = knowledgeNames(fact.kind, fact.id).map(nameKey);
    if (!prev) {
      actors.set(id, { fact: { ...fact, id }, mentions: fact.mentions, aliases: [...new Set(forms)], knownKeys: new Set(known) });
      continue;
    }
    for (const key of known) prev.knownKeys.add(key);
    // A later fact of the same article wins for role, title and country when it gives them.
    prev.fact = {
      ...prev.fact,
      role: fact.role ?? prev.fact.role, title: fact.title ?? prev.fact.title, country: fact.country ?? prev.fact.country,
    };
    prev.mentions += fact.mentions;
    for (const form of forms) if (!prev.aliases.includes(form)) prev.aliases.push(form);
  }

  const affiliations = new Map<string, AffiliationFact>();
  for (const f of facts.affiliations) {
    const personId = resolve(f.personId);
    const targetId = resolve(f.targetId);
    if (personId === targetId) continue;
    const key = JSON.stringify([personId, targetId]);
    const prev = affiliations.get(key);
    affiliations.set(key, { personId, targetId, title: f.title ?? prev?.title ?? null, from: f.from, to: prev?.to ?? f.to });
  }

  const reports = new Map<string, ReportFact>();
  for (const r of facts.reports) {
    reports.delete(r.interactionId); // an interaction reported twice keeps the last report
    reports.set(r.interactionId, { ...r, participants: r.participants.map((p) => ({ ...p, actorId: resolve(p.actorId) })) });
  }
  const topicIds = [...new Set([...reports.values()].flatMap((r) => r.topicIds))].sort();
  // Rows go in id order, so concurrent ingests lock shared nodes in one order (fewer deadlocks).
  const byId = <T>(key: (item: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const actorRows = [...actors.entries()].sort(byId(([id]) => id));
  const affiliationRows = [...affiliations.values()].sort(byId((f) => `${f.personId}\u0000${f.targetId}`));
  const reportRows = [...reports.values()].sort(byId((r) => r.interactionId));

  const articleId = facts.article.id;
  return {
    article: articleRow(facts.article),
    actors: actorRows.map(([id, { fact, mentions, aliases, knownKeys }]) => ({
      articleId, id, kind: fact.kind, name: fact.name, nameKey: nameKey(fact.name), organizationType: fact.organizationType,
      mentions: int(mentions), aliases, aliasKeys: aliases.map(nameKey), knownKeys: [...knownKeys].sort(),
      role: fact.role, title: fact.title, country: fact.country,
    })),
    affiliations: affiliationRows.map((f) => ({ articleId, personId: f.personId, targetId: f.targetId, to: f.to })),
    topics: topicIds.map((id) => topicRecord(id)),
    reports: reportRows.map((r) => ({
      articleId, interactionId: r.interactionId, type: r.type, status: r.status, date: r.date, place: r.place,
      summary: r.summary, rule: r.rule ?? null, evidence: r.evidence, evidenceKey: nameKey(r.evidence), quote: r.quote,
      topicIds: [...new Set(r.topicIds)],
      participantIds: r.participants.map((p) => p.actorId),
      participantRoles: r.participants.map((p) => p.role),
    })),
    actorIds: actorRows.map(([id]) => id),
    personIds: [...new Set([...affiliations.values()].map((f) => f.personId))],
    interactionIds: reportRows.map((r) => r.interactionId),
  };
}
