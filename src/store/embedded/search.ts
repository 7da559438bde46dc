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
 * `articleText` reads the text of an article that has no title, for the hits returned. Each kind
 * of hit is looked up in its word index (search-index.ts, text-index.ts); where an owner has more
 * than one text (an actor's names, an interaction's sources), the first of them in the record's
 * order that matches is the one shown. Kinds come best score first, and a kind none of whose hits
 * could be kept any more is not looked up: a common word fills the hits with names and titles.
 */
export function searchState(
  state: GraphState, texts: TextIndex, articleText: (id: string) => string, text: string, first: number,
): SearchHitRecord[] {
  // Words match at word starts: "selensk" finds "Selenskyj", "id" does not find "said".
  const words = nameKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const index = state.searchIndex();
  const hits = new TopHits(first);
  const keys = index.names.matching(words);
  for (const id of new Set([...keys.keys()].flatMap((key) => [...state.nameIndex.get(key)!]))) {
    const a = state.actors.get(id)!.record;
    const name = [a.name, ...a.aliases, ...(state.knownNames.get(a.id) ?? [])].find((n) => keys.has(nameKey(n)));
    if (name) hits.push({ kind: 'ACTOR', id: a.id, text: a.name, score: WEIGHT.name * (nameKey(name) === words.join(' ') ? 2 : 1) });
  }
  const titled = hits.mayKeep(WEIGHT.title) ? index.titles.matching(words) : new Map<string, string[]>();
  for (const [id, [title]] of titled) hits.push({ kind: 'ARTICLE', id, text: title, score: WEIGHT.title });
  if (hits.mayKeep(WEIGHT.evidence)) {
    for (const [id, sentences] of index.evidence.matching(words)) {
      const source = state.interactions.get(id)!.record.sources.find((s) => sentences.includes(s.evidence));
      if (source) hits.push({ kind: 'INTERACTION', id, text: source.evidence, score: WEIGHT.evidence });
    }
  }
  const untitled = new Set<string>();
  if (hits.mayKeep(WEIGHT.text)) {
    for (const id of texts.matching(words)) {
      // Found by its title already, or removed since its text was indexed.
      const article = titled.has(id) ? undefined : state.articles.get(id)?.meta;
      if (!article) continue;
      if (article.title === null) untitled.add(article.id);
      hits.push({ kind: 'ARTICLE', id: article.id, text: article.title ?? '', score: WEIGHT.text });
    }
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

  /** Whether a hit of this score could still be kept: a lower score never goes before a higher one. */
  mayKeep(score: number): boolean {
    return this.size > 0 && (this.kept.length < this.size || this.kept[this.kept.length - 1].score <= score);
  }

  best(): SearchHitRecord[] {
    return this.kept;
  }
}
