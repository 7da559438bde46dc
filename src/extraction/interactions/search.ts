/**
 * Clause-level searches for the actors around a trigger: the subject to the left (with the
 * actors coordinated with it), the object(s) to the right, and "with" / "between" / "from"
 * complements. Each search walks a bounded window, so a sentence costs linear time.
 */
import type { Mention } from '../doc';
import type { Purpose, SentenceContext } from './context';
import { isPluralTitle } from '../entities/title-phrase';

/** How far left a subject may stand from its verb. */
const SUBJECT_WINDOW = 14;
/** How far right of a verb an inverted subject may stand ("said Trump", "erklärte der Kreml"). */
const INVERTED_GAP = 2;
/** How far a "with"/"between"/"from" word may follow the trigger. */
const COMPLEMENT_WINDOW = 14;

/** Words that make a list of actors a coordination ("X, Y and Z"); a bare comma does not. */
function isCoordinator(ctx: SentenceContext, i: number): boolean {
  const l = ctx.lower[i];
  return l === '-' || l === '/' || (l !== ',' && ctx.lang.set.coordinators.has(l)) || l === 'including' || l === 'einschließlich' || l === 'darunter';
}

/** Mentions coordinated with `first` in the direction given ("X, Y and Z", "Trump-Putin"). */
function coordinated(ctx: SentenceContext, first: Mention, purpose: Purpose, dir: 1 | -1): Mention[] {
  // "both sides": a group phrase stands for all its members.
  if (first.form === 'group') return ctx.mentions.filter((m) => m.form === 'group' && m.start === first.start && ctx.eligible(m, purpose));
  const out = [first];
  let cur = first;
  let sawCoordinator = false;
  for (;;) {
    let j = dir === 1 ? cur.end : cur.start - 1;
    let sawGlue = false;
    let sawComma = false;
    while (j >= 0 && j < ctx.length && ctx.isGlue(j) && !ctx.startingAt(j) && !ctx.endingAt(j + 1)) {
      sawGlue = true;
      if (isCoordinator(ctx, j)) sawCoordinator = true;
      if (ctx.lower[j] === ',') sawComma = true;
      j += dir;
    }
    if (!sawGlue) break;
    const next = dir === 1 ? ctx.startingAt(j) : ctx.endingAt(j + 1);
    if (!next || next.kind === 'blocker') break;
    // "According to the Kremlin, Putin and Trump": a fronted prepositional phrase is not part of the list.
    if (dir === -1 && sawComma && ctx.afterPreposition(next)) break;
    if (ctx.eligible(next, purpose)) out.push(next);
    cur = next;
  }
  // "in Ukraine, Trump responded": a comma alone does not make a list.
  if (!sawCoordinator) return [first];
  return dir === 1 ? out : out.reverse();
}

/** How far back the comma opening a parenthetical (", currently in Denmark,") may be. */
const PARENTHETICAL = 25;

/** The subject left of token `i` (plus actors coordinated with it), or [] when none or a blocker. */
export function subjectLeft(ctx: SentenceContext, i: number, purpose: Purpose, exclude: ReadonlySet<string> = new Set()): Mention[] {
  let crossed = 0;
  let passedMention = false;
  for (let j = i - 1; j >= 0 && i - j - crossed <= SUBJECT_WINDOW; j--) {
    const m = ctx.endingAt(j + 1);
    if (m) {
      // A news agency right before the verb is its subject ("..., Al Jazeera reported"): nobody else is.
      if (m.kind === 'blocker' || ctx.isMedia(m)) return [];
      passedMention = true;
      if (exclude.has(m.id)) {
        j = m.start;
        continue;
      }
      // "(EAEU)" restates the name before it; it is not a subject. Nor is the source of "laut X".
      const parenthetical = m.start > 0 && ctx.lower[m.start - 1] === '(';
      const source = ctx.hits.some((h) => h.rule.frame === 'source' && h.end <= m.start && m.start - h.end <= 2);
      if (ctx.eligible(m, purpose) && !ctx.afterPreposition(m) && !parenthetical && !source) return coordinated(ctx, m, purpose, -1);
      j = m.start;
      continue;
    }
    // "Orban, who met Putin": the relative pronoun stands for the actor before the comma.
    // German "..., die die Stationierung ... bezeichnete": likewise a verb-final relative clause.
    // (German relative pronouns agree in gender, which a country name seldom shares: only a person is taken.)
    const verbFinal = ctx.lang.set.verbFinalRelative.has(ctx.lower[j]);
    if ((ctx.lang.set.relative.has(ctx.lower[j]) || verbFinal) && ctx.lower[j - 1] === ',') {
      const ante = ctx.endingAt(j - 1);
      return ante && ctx.eligible(ante, purpose) && (!verbFinal || ante.kind === 'person') ? [ante] : [];
    }
    // "Stubb, speaking after talks with Trump, said": skip the parenthetical back to its opening comma.
    if (ctx.lower[j] === ',' && i - j <= 3 && !passedMention) {
      // "Der Sprecher des Kremls, Dmitri Peskow, erklärte": an apposition ends at the comma.
      const before = ctx.endingAt(j);
      // "..., Macron, the spokesperson added": a noun phrase after the comma is the subject itself.
      let ownSubject = false;
      for (let k = j + 1; k < i; k++) if (ctx.lang.set.determiners.has(ctx.lower[k])) ownSubject = true;
      if (before && ownSubject) return [];
      if (before && ctx.eligible(before, purpose) && !ctx.afterPreposition(before)) return coordinated(ctx, before, purpose, -1);
      let k = j - 1;
      while (k >= 0 && j - k <= PARENTHETICAL && ctx.lower[k] !== ',' && ctx.lower[k] !== ';') k--;
      if (k >= 0 && ctx.lower[k] === ',' && j - k > 1) {
        // "Tom Smith, a senior analyst at X, said": the opening comma lies inside the person's apposition.
        const around = ctx.mentions.find((x) => x.start < k && k < x.end);
        if (around && around.kind !== 'blocker' && ctx.eligible(around, purpose)) return [around];
        crossed += j - k;
        j = k;
        continue;
      }
    }
    if (ctx.isBoundary(j)) return [];
    // Another verb in between heads its own clause ("Peskow sagte, ein Treffen mit ...").
    if (ctx.hits.some((h) => h.end === j + 1 && h.start < i && h.rule.frame !== 'noun')) return [];
  }
  return [];
}

/** "said Trump", "kündigte Trump ... an", "erkannte der Kreml ... an": the subject after the verb. */
export function subjectRight(ctx: SentenceContext, end: number, purpose: Purpose): Mention[] {
  let m = mentionSkippingDeterminers(ctx, end, INVERTED_GAP);
  // "sagte Putins Berater Juri Uschakow", "wrote China's consul-general, Xue Jian": the possessor of
  // a title is not the subject; its holder is (a mention that spans the title phrase, or follows it).
  if (m && m.attributive) {
    const owner = m;
    let k = owner.end;
    if (ctx.lower[k] === "'s" || ctx.lower[k] === "'") k++;
    m = ctx.mentions.find((x) => x.kind === 'person' && !x.attributive
      && ((x.start <= owner.start && x.end > owner.end) || (x.start >= k && x.start - k <= 3)));
  }
  if (!m || !ctx.eligible(m, purpose)) return [];
  return coordinated(ctx, m, purpose, 1);
}

/** Words that may open a sentence before its fronted phrase ("Und den Vorschlag ..."). */
const FRONT_OPENERS = 1;

/**
 * German verb-second with the object first: "Den Hamas-Führern wirft Khan Mord vor" (an object
 * determiner opens the sentence), "Die Rede von Vance weist er zurück" (a pronoun that can only be
 * a subject follows the verb). The subject then stands after the verb and the actors of the
 * fronted phrase are its objects; null when the sentence does not open that way.
 */
export function frontedObject(ctx: SentenceContext, i: number, end: number, purpose: Purpose): { subject: Mention[]; objects: Mention[] } | null {
  const set = ctx.lang.set;
  if (set.objectDeterminers.size === 0 && set.nominativePronouns.size === 0) return null;
  let start = 0;
  while (start < FRONT_OPENERS && start < i && (set.coordinators.has(ctx.lower[start]) || ctx.lower[start] === '"')) start++;
  for (let j = start; j < i; j++) if (ctx.lower[j] === ',' || ctx.isBoundary(j) || ctx.hits.some((h) => h.start === j && h.rule.frame !== 'noun' && !ctx.s.tokens[j].cap)) return null;
  const subject = mentionSkippingDeterminers(ctx, end, INVERTED_GAP);
  if (!subject || !ctx.eligible(subject, purpose)) return null;
  if (!set.objectDeterminers.has(ctx.lower[start]) && !(subject.form === 'pronoun' && set.nominativePronouns.has(ctx.lower[subject.start]))) return null;
  const objects = ctx.mentions.filter((m) => m.start >= start && m.end <= i && m.id !== subject.id && ctx.eligible(m, purpose) && !m.attributive);
  return objects.length ? { subject: coordinated(ctx, subject, purpose, 1), objects } : null;
}

/** The mention starting at `i`, or after up to `max` determiners or honorifics (which a mention may itself include). */
export function mentionSkippingDeterminers(ctx: SentenceContext, i: number, max: number): Mention | undefined {
  for (let j = i; j < ctx.length && j - i <= max; j++) {
    const m = ctx.startingAt(j);
    if (m) return m;
    if (!ctx.lang.set.determiners.has(ctx.lower[j]) && !ctx.lang.set.honorifics.has(ctx.lower[j])) return undefined;
  }
  return undefined;
}

/** The first actor after the trigger within `gap` tokens, with those coordinated after it. */
export function objectsRight(ctx: SentenceContext, end: number, gap: number, purpose: Purpose, exclude: Set<string>): Mention[] {
  let allowance = gap;
  for (let j = end; j < ctx.length && j - end <= allowance; j++) {
    const m = ctx.startingAt(j);
    if (m) {
      if (m.kind === 'blocker') return [];
      // "met Merz's predecessor Olaf Scholz": the possessor and its noun do not count toward the gap.
      if (m.kind === 'person' && m.attributive && m.possessive) allowance += m.end - m.start + 3;
      const passiveAgent = ctx.lang.set.passiveAgent.has(ctx.lower[m.start - 1] ?? '');
      if (ctx.eligible(m, purpose) && !exclude.has(m.id) && !passiveAgent) {
        return coordinated(ctx, m, purpose, 1).filter((x) => !exclude.has(x.id));
      }
      j = m.end - 1;
      continue;
    }
    if (j > end && ctx.isBoundary(j)) return [];
    if (ctx.lang.set.passiveAgent.has(ctx.lower[j])) return [];
    // "hosted the leaders of Rwanda and Congo": a plural title with "of" does not count toward the gap.
    const head = pluralHeadAt(ctx, j);
    if (head > j) {
      allowance += head - j;
      j = head - 1;
    }
  }
  return [];
}

/** End of a plural title and its "of" at token j ("the leaders of", "die Staatschefs von"), or -1. */
function pluralHeadAt(ctx: SentenceContext, j: number): number {
  const t = ctx.lang.titles.longest(ctx.lower, j);
  if (!t || !t.values.some((v) => isPluralTitle(ctx.lang, ctx.lower, j, t.end, v)) || !ctx.lang.set.ofWords.has(ctx.lower[t.end] ?? '')) return -1;
  return t.end + 1;
}

/** "the leaders of Cambodia and Thailand": the mention stands under a plural title, so its list is one group. */
export function underPluralHead(ctx: SentenceContext, m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && ctx.lang.set.determiners.has(ctx.lower[k])) k--;
  for (let j = Math.max(0, k - 4); j < k; j++) if (pluralHeadAt(ctx, j) === k + 1) return true;
  return false;
}

/** A trigger inside a prepositional or genitive phrase: "on the sidelines of the summit", "am Rande des Gipfels". */
export function embedded(ctx: SentenceContext, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && j - k <= 5 && (ctx.lower[k] === '-' || ctx.mentions.some((m) => m.start <= k && k < m.end)
    || (ctx.lang.set.determiners.has(ctx.lower[k]) && !ctx.lang.set.ofWords.has(ctx.lower[k])))) k--;
  return k >= 0 && (ctx.lang.set.prepositions.has(ctx.lower[k]) || ctx.lang.set.ofWords.has(ctx.lower[k]));
}

/** Actors after a word of `words` ("with", "mit", "between", "from") near the trigger. */
export function complement(ctx: SentenceContext, start: number, end: number, words: Set<string>, purpose: Purpose, bothSides: boolean): Mention[] {
  const at = (j: number): Mention[] => {
    const m = mentionSkippingDeterminers(ctx, j + 1, 3);
    return m && ctx.eligible(m, purpose) ? coordinated(ctx, m, purpose, 1) : [];
  };
  // The trigger may end with the word itself ("met with", "received a call from").
  for (let j = end - 1; j < ctx.length && j - end < COMPLEMENT_WINDOW; j++) {
    if (words.has(ctx.lower[j])) {
      const found = at(j);
      if (found.length) return found;
    }
    // The complement of a later trigger is not this one's ("nach diesen Gesprächen ... Gespräch mit Putin"),
    // unless that trigger only qualifies a place or time ("traf sich am Rande des Gipfels mit ...").
    if (j >= end && (ctx.isBoundary(j) || (ctx.triggerAt(j) && !embedded(ctx, j)))) break;
  }
  if (!bothSides || !ctx.lang.lexicon.complementsBeforeVerb) return [];
  for (let j = start - 1; j >= 0 && start - j < COMPLEMENT_WINDOW * 2; j--) {
    if (ctx.isBoundary(j) || ctx.triggerAt(j)) break;
    if (words.has(ctx.lower[j])) {
      const found = at(j);
      if (found.length) return found;
    }
  }
  return [];
}

/** "Putin's call", "his phone call", "the Trump-Putin call", "Ukraine's drone attack": the possessor. */
export function possessor(ctx: SentenceContext, i: number, purpose: Purpose): Mention[] {
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    if (ctx.lower[j] === "'s" || ctx.lower[j] === '-') continue;
    const m = ctx.endingAt(j + 1);
    if (m) {
      if (!ctx.eligible(m, purpose)) return [];
      const adjacent = j === i - 1 || (j === i - 2 && (ctx.lower[i - 1] === "'s" || ctx.lower[i - 1] === '-'));
      if (m.possessive || adjacent) return coordinated(ctx, m, purpose, -1);
      return [];
    }
    if (ctx.isBoundary(j) || ctx.lower[j] === ',' || ctx.lang.set.prepositions.has(ctx.lower[j])) return [];
  }
  return [];
}

/** German genitive right after a noun: "das Telefonat Trumps mit Putin". */
export function genitiveAfter(ctx: SentenceContext, end: number, purpose: Purpose): Mention[] {
  const m = ctx.startingAt(end);
  if (m && m.possessive && ctx.eligible(m, purpose)) return [m];
  // "die Gespräche der Türkei mit der PKK": a genitive article before the owner.
  if (!ctx.lang.set.genitiveArticles.has(ctx.lower[end] ?? '')) return [];
  const owner = ctx.startingAt(end + 1);
  return owner && owner.kind !== 'blocker' && ctx.eligible(owner, purpose) ? [owner] : [];
}

/** "the call", "dieses Gespräch": a definite determiner shortly before the trigger. */
export function definite(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if (ctx.lang.set.definite.has(ctx.lower[j])) return true;
    if (ctx.startingAt(j) || ctx.isBoundary(j) || ctx.lang.set.prepositions.has(ctx.lower[j])) return false;
  }
  return false;
}

/** "a phone call", "einem Treffen": an indefinite determiner shortly before the trigger. */
export function indefinite(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if (ctx.lang.set.indefinite.has(ctx.lower[j])) return true;
    if (ctx.startingAt(j) || ctx.isBoundary(j) || ctx.lang.set.determiners.has(ctx.lower[j])) return false;
  }
  return false;
}

/** A plural possessive ("their call", "ihr Telefonat") right before the trigger. */
export function pluralPossessive(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) if (ctx.lang.set.pluralPronouns.has(ctx.lower[j])) return true;
  return false;
}

/** How far before a trigger "the two leaders" / "die beiden" may stand. */
const PAIR_WINDOW = 5;

/**
 * "the two leaders held talks", "die beiden Staatschefs trafen sich": a pair word in the clause
 * before the trigger stands for the two persons this sentence names, else the parties of the
 * contact just reported (`recent`), when those are two.
 */
export function pairParties(ctx: SentenceContext, i: number, recent: string[]): string[] {
  let j = i - 1;
  for (; j >= 0 && i - j <= PAIR_WINDOW; j--) {
    if (ctx.lang.set.pairWords.has(ctx.lower[j])) break;
    if (ctx.isBoundary(j) || ctx.startingAt(j)) return [];
  }
  if (j < 0 || i - j > PAIR_WINDOW || !ctx.lang.set.pairHeads.has(ctx.lower[j + 1] ?? '')) return [];
  const person = (m: Mention): boolean => m.kind === 'person' && ctx.doc.facts.get(m.id)?.role !== 'OTHER' && ctx.eligible(m, 'contact');
  const here = [...new Set(ctx.mentions.filter(person).map((m) => m.id))];
  if (here.length === 2) return here;
  // The contact just reported, when its parties are the leaders the pair word can mean.
  return here.length === 0 && recent.length === 2 && recent.every((id) => ctx.leader(id)) ? recent : [];
}
