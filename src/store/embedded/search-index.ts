/**
 * The word indexes search (search.ts) looks up actor names, article titles and evidence sentences
 * in, instead of normalising and testing every one of them per query. A GraphState builds them on
 * its first search and adds to them as articles are added; a new fold (removal, merge, new
 * metadata) is a new state, which builds its own.
 */
import { nameKey } from '../../domain/name-key';
import type { GraphState } from './graph-state';
import { WordIndex } from './word-index';

/** Texts, each under an owner, numbered in the order added. */
class OwnedTexts {
  private readonly words = new WordIndex();
  private readonly owners: string[] = [];
  private readonly texts: string[] = [];

  add(owner: string, text: string): void {
    const n = this.words.add(text);
    this.owners[n] = owner;
    this.texts[n] = text;
  }

  /** The numbers of the texts having, for every one of the words, a word starting with it. */
  matching(words: readonly string[]): number[] {
    return this.words.matching(words);
  }

  owner(n: number): string {
    return this.owners[n];
  }

  text(n: number): string {
    return this.texts[n];
  }
}

export class SearchIndex {
  /** One name per name key of the state's nameIndex, under its key: the actors having it are the key's in nameIndex. */
  readonly names = new OwnedTexts();
  /** Titles under their article's id. */
  readonly titles = new OwnedTexts();
  /** Evidence sentences under their interaction's id: one per source of the interaction's record. */
  readonly evidence = new OwnedTexts();

  /** The indexes of what the state holds now. */
  static of(state: GraphState): SearchIndex {
    const index = new SearchIndex();
    const keys = new Set<string>();
    for (const { record: a } of state.actors.values()) {
      for (const name of [a.name, ...a.aliases, ...(state.knownNames.get(a.id) ?? [])]) {
        const key = nameKey(name);
        if (key && !keys.has(key)) {
          keys.add(key);
          index.names.add(key, name);
        }
      }
    }
    for (const { meta } of state.articles.values()) if (meta.title) index.titles.add(meta.id, meta.title);
    for (const { record } of state.interactions.values()) for (const s of record.sources) index.evidence.add(record.id, s.evidence);
    return index;
  }
}
