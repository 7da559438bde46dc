/**
 * The word indexes search (search.ts) looks up actor names, article titles and evidence sentences
 * in, instead of normalising and testing every one of them per query. A GraphState builds them on
 * its first search and adds to them as articles are added; a new fold (removal, merge, new
 * metadata) is a new state, which builds its own.
 */
import { nameKey } from '../../domain/name-key';
import type { GraphState } from './graph-state';
import { WordIndex } from './word-index';

/**
 * Texts, each under an owner: only ever added to, so an owner may have texts it no longer has
 * (a report replaced by a later one of the same article); search checks the owner's texts of now.
 */
class OwnedTexts {
  private readonly words = new WordIndex();
  private readonly owners: string[] = [];
  private readonly texts: string[] = [];

  add(owner: string, text: string): void {
    const n = this.words.add(text);
    this.owners[n] = owner;
    this.texts[n] = text;
  }

  /** The owners of texts having, for every one of the words, a word starting with it: with those texts. */
  matching(words: readonly string[]): Map<string, string[]> {
    const byOwner = new Map<string, string[]>();
    for (const n of this.words.matching(words)) {
      const texts = byOwner.get(this.owners[n]);
      if (texts) texts.push(this.texts[n]);
      else byOwner.set(this.owners[n], [this.texts[n]]);
    }
    return byOwner;
  }
}

export class SearchIndex {
  /** One name per name key of the state's nameIndex, under its key: the actors having it are the key's in nameIndex. */
  readonly names = new OwnedTexts();
  /** Titles under their article's id. */
  readonly titles = new OwnedTexts();
  /** Evidence sentences under their interaction's id, one per report. */
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
