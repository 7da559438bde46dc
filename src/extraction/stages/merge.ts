/**
 * Merge stage: merges reports of one event, then gives every interaction its id:
 * `<type>:<date>:<sorted participant ids>` when dated (the same call reported by two articles
 * gets one id), `<type>:a-<articleId>-<n>:<ids>` otherwise.
 */
import type { ExtractedInteraction } from '../../domain/extraction';
import type { Event } from '../doc';
import { ensureActor } from './actors';
import { mergeEvents } from '../interactions/merge';
import type { Stage } from '../stage';
import type { Knowledge } from '../../knowledge';
import type { Doc } from '../doc';

function nameOf(doc: Doc, kb: Knowledge, id: string): string {
  return doc.persons.find((p) => p.id === id)?.name
    ?? doc.organizations.find((o) => o.id === id)?.name
    ?? kb.countries.get(id)?.name
    ?? id;
}

function summary(doc: Doc, kb: Knowledge, e: Event): string {
  const main = e.participants.filter((p) => p.role !== 'SUBJECT').map((p) => nameOf(doc, kb, p.actor));
  const about = e.participants.filter((p) => p.role === 'SUBJECT').map((p) => nameOf(doc, kb, p.actor));
  const type = e.type.charAt(0) + e.type.slice(1).toLowerCase();
  const parts = [`${type}${e.status === 'PLANNED' ? ' (planned)' : ''}: ${main.join(', ')}`];
  if (about.length) parts.push(`about ${about.join(', ')}`);
  if (e.date) parts.push(`on ${e.date}`);
  if (e.place) parts.push(`in ${e.place}`);
  return parts.join(' ');
}

export const merge: Stage = {
  name: 'merge',
  requires: ['events', 'articleId', 'persons', 'organizations', 'countries', 'sentences'],
  assigns: ['interactions', 'persons', 'countries', 'organizations'],
  run(doc, kb) {
    const merged = mergeEvents(doc.events, (id) => doc.persons.find((p) => p.id === id)?.country ?? null);
    const byId = new Map<string, ExtractedInteraction>();
    let undated = 0;
    for (const e of merged) {
      const ids = [...new Set(e.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actor))].sort().join('+');
      const type = e.type.toLowerCase();
      const id = e.date ? `${type}:${e.date}:${ids}` : `${type}:a-${doc.articleId}-${++undated}:${ids}`;
      if (byId.has(id)) continue; // the same fact twice: the first report stands
      for (const p of e.participants) ensureActor(doc, kb, p.actor);
      byId.set(id, {
        id, type: e.type, status: e.status, date: e.date, place: e.place,
        participants: e.participants.map((p) => ({ actor: p.actor, role: p.role })),
        topics: e.topics, evidence: doc.sentences[e.sentence].text, quote: e.quote, summary: summary(doc, kb, e), rule: e.rule,
      });
    }
    doc.interactions = [...byId.values()];
  },
};
