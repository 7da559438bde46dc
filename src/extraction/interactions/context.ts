/** What the interaction frames need to read one sentence: tokens, mentions, lexicons. */
import { termAt, type Knowledge, type LanguagePack } from '../../knowledge';
import type { Doc, Event, Mention, Sentence, TriggerHit } from '../doc';

export type Purpose = 'speaker' | 'contact' | 'other';

export class SentenceContext {
  readonly lower: string[];

  constructor(
    readonly doc: Doc,
    readonly kb: Knowledge,
    readonly lang: LanguagePack,
    readonly s: Sentence,
    /** Mentions of the sentence, sorted by start. */
    readonly mentions: Mention[],
    /** Events already found in this sentence, in trigger order. */
    readonly events: Event[],
    /** Trigger hits of the sentence. */
    readonly hits: TriggerHit[] = [],
  ) {
    this.lower = s.lower;
  }

  private kinds: Map<string, Mention['kind']> | undefined;

  /** The kind of an actor named in the sentence; an id it does not name is a person's. */
  kindOf(id: string): Mention['kind'] {
    this.kinds ??= new Map(this.mentions.map((m) => [m.id, m.kind]));
    return this.kinds.get(id) ?? 'person';
  }

  /** A trigger starts at token i. */
  triggerAt(i: number): boolean {
    return this.hits.some((h) => h.start === i);
  }

  get length(): number {
    return this.s.tokens.length;
  }

  isBoundary(i: number): boolean {
    const l = this.lower[i];
    return this.lang.set.boundaries.has(l) || l === '"';
  }

  isMedia(m: Mention): boolean {
    return m.kind === 'org' && (this.kb.organizations.get(m.id)?.type ?? this.doc.orgFacts.get(m.id)?.type) === 'MEDIA';
  }

  /** A head of state or government on the article's date (by the article, else the knowledge base). */
  leader(id: string): boolean {
    const kbPerson = this.kb.persons.get(id);
    const role = this.doc.facts.get(id)?.role ?? (kbPerson ? termAt(kbPerson, this.doc.publishedAt)?.role : undefined);
    return role === 'LEADER';
  }

  /** Can this mention take part in an interaction of the given kind? */
  eligible(m: Mention, purpose: Purpose): boolean {
    if (m.kind === 'blocker' || m.attributive || this.isMedia(m)) return false;
    if (purpose !== 'speaker' && this.s.quoted[m.start]) return false;
    return true;
  }

  /**
   * After a preposition ("with Putin"); "after"/"since" opening a clause do not count, nor "of"
   * after a part of the actor ("members of the commission met X": the commission meets, unless
   * the part itself follows a preposition), nor "by" after a writing whose author speaks.
   */
  afterPreposition(m: Mention): boolean {
    return this.prepositionBefore(m.start);
  }

  private prepositionBefore(start: number): boolean {
    let j = start - 1;
    while (j >= 0 && this.lang.set.determiners.has(this.lower[j])) j--;
    if (j < 0 || !this.lang.set.prepositions.has(this.lower[j]) || this.lang.set.boundaries.has(this.lower[j])) return false;
    if (j > 0 && this.lang.set.ofWords.has(this.lower[j]) && this.lang.set.partitiveHeads.has(this.lower[j - 1])) return this.prepositionBefore(j - 1);
    // "A report by Kiuchi said": the author speaks through the writing.
    if (j > 0 && this.lang.set.authorWords.has(this.lower[j]) && this.lang.set.authoredNouns.has(this.lower[j - 1])) return this.prepositionBefore(j - 1);
    return true;
  }

  /** "according to a recent paper by X": the token after "by" when a writing stands at i, else i. */
  afterAuthoredNoun(i: number): number {
    let j = i;
    while (j < this.length && j - i <= 3 && !this.lang.set.authoredNouns.has(this.lower[j])) {
      if (!this.lang.set.determiners.has(this.lower[j]) && !/^\p{Ll}/u.test(this.s.tokens[j].text)) return i;
      j++;
    }
    return this.lang.set.authoredNouns.has(this.lower[j] ?? '') && this.lang.set.authorWords.has(this.lower[j + 1] ?? '') ? j + 2 : i;
  }

  /** Outermost mention starting at token i. */
  startingAt(i: number): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions) if (m.start === i && (!best || m.end > best.end)) best = m;
    return best;
  }

  /** Outermost mention ending at token i (exclusive end). */
  endingAt(i: number): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions) if (m.end === i && (!best || m.start < best.start)) best = m;
    return best;
  }

  /** Is the token a coordinator, comma, hyphen or determiner (glue inside a list of actors)? */
  isGlue(i: number): boolean {
    const l = this.lower[i];
    return l === ',' || l === '-' || l === '/' || this.lang.set.coordinators.has(l) || this.lang.set.determiners.has(l)
      || l === 'including' || l === 'einschließlich' || l === 'darunter';
  }

  /** The country an actor belongs to (a person's or organization's state; a country itself). */
  countryOf(id: string, kind: Mention['kind']): string | null {
    if (kind === 'country') return id;
    if (kind === 'org') return this.kb.organizations.get(id)?.country ?? this.doc.orgFacts.get(id)?.country ?? null;
    const p = this.doc.persons.find((x) => x.id === id);
    if (p) return p.country;
    return this.doc.facts.get(id)?.country ?? null;
  }
}
