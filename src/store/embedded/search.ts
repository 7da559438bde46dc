/**
 * Full-text search over actor names and aliases, article titles and text, and evidence
 * sentences. Every query word must occur (accent- and case-insensitive); names weigh most.
 */
import type { SearchHitRecord } from '../../domain/graph';
import { nameKey } from '../../domain/name-key';
import type { GraphState } from './graph-state';

const WEIGHT = { name: 3, title: 2, evidence: 1.5, text: 1 } as const;

export function searchState(state: GraphState, text: string, first: number): SearchHitRecord[] {
  const words = nameKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const matches = (s: string | null): boolean => {
    if (!s) return false;
    // Words match at word starts: "selensk" finds "Selenskyj", "id" does not find "said".
    const key = ` ${nameKey(s)} `;
    return words.every((w) => key.includes(` ${w}`));
  };
  const hits: SearchHitRecord[] = [];
  for (const { record: a } of state.actors.values()) {
    const name = [a.name, ...a.aliases].find(matches);
    if (name) hits.push({ kind: 'ACTOR', id: a.id, text: a.name, score: WEIGHT.name * (nameKey(name) === words.join(' ') ? 2 : 1) });
  }
  for (const { article } of state.articles.values()) {
    if (matches(article.title)) hits.push({ kind: 'ARTICLE', id: article.id, text: article.title!, score: WEIGHT.title });
    else if (matches(article.text)) hits.push({ kind: 'ARTICLE', id: article.id, text: article.title ?? article.text.slice(0, 120), score: WEIGHT.text });
  }
  for (const { record: i } of state.interactions.values()) {
    const source = i.sources.find((s) => matches(s.evidence));
    if (source) hits.push({ kind: 'INTERACTION', id: i.id, text: source.evidence, score: WEIGHT.evidence });
  }
  return hits.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)).slice(0, first);
}
