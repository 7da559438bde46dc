/**
 * Topics stage: controlled-vocabulary topics from keywords (topics.json, per language) in the
 * event's sentences, or their neighbours when they name none; a topic tied to a country ("ukraine-war") only when
 * the article names that country.
 */
import type { Stage } from '../stage';

/** Sentences on each side of the evidence whose keywords count. */
const NEIGHBOURS = 1;

export const topics: Stage = {
  name: 'topics',
  requires: ['sentences', 'events', 'countries', 'lang'],
  assigns: ['events'],
  run(doc, kb) {
    const lang = doc.lang;
    if (!lang || doc.events.length === 0) return;
    const named = new Set(doc.countries.map((c) => c.id));
    const allowed = new Set(kb.topics
      .filter((t) => !t.requiresCountries || t.requiresCountries.some((c) => named.has(c)))
      .map((t) => t.id));
    const perSentence = doc.sentences.map((s) => {
      const found = new Set<string>();
      for (const m of lang.topics.scan(s.lower)) m.values.forEach((v) => allowed.has(v) && found.add(v));
      return found;
    });
    const order = kb.topics.map((t) => t.id);
    for (const e of doc.events) {
      const found = new Set<string>();
      for (const si of e.sentences) perSentence[si]?.forEach((t) => found.add(t));
      // A sentence that names no topic takes those of its neighbours ("The call lasted an hour.").
      if (found.size === 0) {
        for (const si of e.sentences) {
          for (let j = si - NEIGHBOURS; j <= si + NEIGHBOURS; j++) perSentence[j]?.forEach((t) => found.add(t));
        }
      }
      e.topics = order.filter((t) => found.has(t));
    }
  },
};
