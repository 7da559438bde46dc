/**
 * Full-text search over actor names and aliases, article titles and text, and evidence
 * sentences. Every query word must occur (accent- and case-insensitive); names weigh most.
 */
import type { SearchHitRecord } from '../../domain/graph';
import { nameKey } from '../../domain/name-key';
import type { GraphState } from './graph-state';
import type { TextIndex } from './text-index';
import { firstWhere } from './first-where';

const WEIGHT = { name: 3, title: 2, evidence: 1.5, text: 1 } as const;

/**
 * Normalised text of article titles and of evidence sentences, computed once per object: stored
 * text never changes, and re-normalising on every query was the bulk of a search's work. Article
 * bodies are in the TextIndex instead (they stay on disk).
 */
const titleKeys = new WeakMap<object, string>();
const evidenceKeys = new WeakMap<object, string>();

function paddedKey(cache: WeakMap<object, string>, owner: object, text: string): string {
  let key = cache.get(owner);
  if (key === undefined) {
    key = ` ${nameKey(text)} `;
    cache.set(owner, key);
  }
  return key;
}

/** `articleText` reads the text of an article that has no title, for the hits returned. */
export function searchState(
  state: GraphState, texts: TextIndex, articleText: (id: string) => string, text: string, first: number,
): SearchHitRecord[] {
  const words = nameKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  // Words match at word starts: "selensk" finds "Selenskyj", "id" does not find "said".
  const matchesKey = (key: string): boolean => words.every((w) => key.includes(` ${w}`));
  const matches = (s: string): boolean => matchesKey(` ${nameKey(s)} `);
  const hits = new TopHits(first);
  for (const { record: a } of state.actors.values()) {
    const name = [a.name, ...a.aliases, ...(state.knownNames.get(a.id) ?? [])].find(matches);
    if (name) hits.push({ kind: 'ACTOR', id: a.id, text: a.name, score: WEIGHT.name * (nameKey(name) === words.join(' ') ? 2 : 1) });
  }
  const inText = texts.matching(words);
  const untitled = new Set<string>();
  for (const { meta: article } of state.articles.values()) {
    if (article.title && matchesKey(paddedKey(titleKeys, article, article.title))) hits.push({ kind: 'ARTICLE', id: article.id, text: article.title, score: WEIGHT.title });
    else if (inText(article.id)) {
      if (article.title === null) untitled.add(article.id);
      hits.push({ kind: 'ARTICLE', id: article.id, text: article.title ?? '', score: WEIGHT.text });
    }
  }
  for (const { record: i } of state.interactions.values()) {
    const source = i.sources.find((s) => matchesKey(paddedKey(evidenceKeys, s, s.evidence)));
    if (source) hits.push({ kind: 'INTERACTION', id: i.id, text: source.evidence, score: WEIGHT.evidence });
  }
  return hits.best().map((h) => (h.kind === 'ARTICLE' && untitled.has(h.id) ? { ...h, text: articleText(h.id).slice(0, 120) } : h));
}

/** Best first: by score, then kind and id (distinct for distinct hits, so the order is total). */
const compareHits = (a: SearchHitRecord, b: SearchHitRecord) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);

/**
 * The best `size` hits seen, in order: what sorting every hit and keeping the first `size` gives,
 * without holding every hit (a common word matches most articles).
 */
class TopHits {
  private readonly kept: SearchHitRecord[] = [];

  constructor(private readonly size: number) {}

  push(hit: SearchHitRecord): void {
    const kept = this.kept;
    if (this.size <= 0 || (kept.length === this.size && compareHits(hit, kept[kept.length - 1]) >= 0)) return;
    // After the hits that sort before it or equal it.
    kept.splice(firstWhere(0, kept.length, (k) => compareHits(kept[k], hit) > 0), 0, hit);
    if (kept.length > this.size) kept.pop();
  }

  best(): SearchHitRecord[] {
    return this.kept;
  }
}
