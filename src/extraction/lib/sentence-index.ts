/** Per-sentence lookups over mentions: which mention covers a token, and the mentions in order. */
import type { Doc, Mention } from '../doc';

export class MentionIndex {
  private readonly bySentence: Mention[][];

  constructor(doc: Doc) {
    this.bySentence = doc.sentences.map(() => []);
    for (const m of doc.mentions) this.bySentence[m.sentence]?.push(m);
    for (const list of this.bySentence) list.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  in(sentence: number): Mention[] {
    return this.bySentence[sentence] ?? [];
  }

  /** The outermost mention covering token `i`, if any. */
  at(sentence: number, i: number): Mention | undefined {
    return this.in(sentence).find((m) => m.start <= i && i < m.end);
  }

  add(m: Mention): void {
    const list = this.bySentence[m.sentence];
    list.push(m);
    list.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** True when [s, e) overlaps a mention of the sentence. */
export function covered(list: Mention[], s: number, e: number): boolean {
  return list.some((m) => m.start < e && s < m.end);
}

/** Mentions grouped by sentence (the arrays are live: pushing to one adds to that sentence). */
export function groupBySentence(doc: Doc): Mention[][] {
  const groups: Mention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) groups[m.sentence]?.push(m);
  return groups;
}
