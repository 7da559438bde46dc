/**
 * Full-text search over actor names and aliases, article titles and text, and evidence
 * sentences. Every query word must occur (accent- and case-insensitive); names weigh most.
 */
import type { SearchHitRecord } from '../../domain/graph';
import { nameKey } from '../../domain/name-key';
import type { GraphState } from './graph-state';
import type { SearchIndex } from './search-index';
import type { TextIndex } from './text-index';
import { firstWhere } from './first-where';

const WEIGHT = { name: 3, title: 2, evidence: 1.5, text: 1 } as const;

/**
 * `articleText` reads the text of an article that has no title, for the hits returned. Each kind
 * of hit is looked up in its word index (search-index.ts, text-index.ts). Kinds come best score
 * first, and a kind none of whose hits could be kept any more is not looked up: a common word
 * fills the hits with names and titles.
 */
export function searchState(
  state: GraphState, texts: TextIndex, articleText: (id: string) => string, text: string, first: number,
): SearchHitRecord[] {
  // Words match at word starts: "selensk" finds "Selenskyj", "id" does not find "said".
  const words = nameKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const index = state.searchIndex();
  const hits = new TopHits(first);
  // An actor shows its name, whichever of its names matched; the score is for the first that did.
  const keys = new Set(index.names.matching(words).map((n) => index.names.owner(n)));
  for (const id of new Set([...keys].flatMap((key) => [...state.nameIndex.get(key)!]))) {
    const a = state.actors.get(id)!.record;
    const name = [a.name, ...a.aliases, ...(state.knownNames.get(a.id) ?? [])].find((n) => keys.has(nameKey(n)))!;
    hits.push({ kind: 'ACTOR', id: a.id, text: a.name, score: WEIGHT.name * (nameKey(name) === words.join(' ') ? 2 : 1) });
  }
  const titled = new Set<string>();
  if (hits.mayKeep(WEIGHT.title)) {
    for (const n of index.titles.matching(words)) {
      titled.add(index.titles.owner(n));
      hits.push({ kind: 'ARTICLE', id: index.titles.owner(n), text: index.titles.text(n), score: WEIGHT.title });
    }
  }
  const sentences = hits.mayKeep(WEIGHT.evidence) ? index.evidence.matching(words) : [];
  for (const n of sentences) hits.push({ kind: 'INTERACTION', id: index.evidence.owner(n), text: index.evidence.text(n), score: WEIGHT.evidence });
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
  const best = hits.best();
  const shown = firstSentences(state, best, index.evidence, sentences);
  return best.map((h) => {
    if (h.kind === 'INTERACTION') return { ...h, text: shown.get(h.id)! };
    return h.kind === 'ARTICLE' && untitled.has(h.id) ? { ...h, text: articleText(h.id).slice(0, 120) } : h;
  });
}

/**
 * The sentence each interaction hit shows: the first of its sources, in the record's order, whose
 * evidence matched. Found for the hits kept only, as a common word matches most interactions.
 */
function firstSentences(
  state: GraphState, hits: readonly SearchHitRecord[], evidence: SearchIndex['evidence'], matched: readonly number[],
): Map<string, string> {
  const said = new Map(hits.filter((h) => h.kind === 'INTERACTION').map((h) => [h.id, new Set<string>()]));
  if (said.size === 0) return new Map();
  for (const n of matched) said.get(evidence.owner(n))?.add(evidence.text(n));
  return new Map([...said].map(([id, matching]) => [id, state.interactions.get(id)!.record.sources.find((s) => matching.has(s.evidence))!.evidence]));
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

  /** A hit the same as one kept (an interaction found by two of its sentences) is kept once. */
  push(hit: SearchHitRecord): void {
    const kept = this.kept;
    if (this.size <= 0 || (kept.length === this.size && compareHits(hit, kept[kept.length - 1]) >= 0)) return;
    // After the hits that sort before it.
    const at = firstWhere(0, kept.length, (k) => compareHits(kept[k], hit) >= 0);
    if (at < kept.length && compareHits(kept[at], hit) === 0) return;
    kept.splice(at, 0, hit);
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
