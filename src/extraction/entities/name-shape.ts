/** Recognises the shape of a person's name among unknown capitalised words. */
import type { LanguagePack } from '../../knowledge';
import type { Mention, Sentence } from '../doc';

/** Lower-case name particles that may stand inside a name ("Ursula von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'ben', 'den', 'ter', 'zu']);
const MAX_NAME_TOKENS = 4;

export function isNameWord(s: Sentence, i: number, lang: LanguagePack, mentions: Mention[]): boolean {
  const t = s.tokens[i];
  // `cap` is an upper-case letter first (see Token), so a letter.
  if (!t || !t.cap) return false;
  if (mentions.some((m) => m.start <= i && i < m.end)) return false;
  const l = t.lower;
  const set = lang.set;
  if (set.determiners.has(l) || set.prepositions.has(l) || set.starters.has(l) || set.boundaries.has(l)) return false;
  if (set.subjectPronouns.has(l) || set.possessivePronouns.has(l) || set.coordinators.has(l) || set.honorifics.has(l)) return false;
  // "Als Verweis zitierte er": a capitalised function word opens no name.
  if (set.stopwords.has(l)) return false;
  if (lang.dates.months.has(l) || lang.dates.weekdays.has(l)) return false;
  // "Ein Bericht von Maria Lindgren": the (German, capitalised) noun of a writing is no name word.
  if (set.authoredNouns.has(l)) return false;
  if (lang.titles.longest([l], 0)) return false;
  if (lang.triggers.longest([l], 0)) return false;
  return true;
}

/** "Ha-eun", "Jae-myung": a short capitalised syllable joined by a hyphen to a lower-case one. */
function lowerSyllableAfter(s: Sentence, hyphen: number): boolean {
  const before = s.tokens[hyphen - 1];
  const after = s.tokens[hyphen + 1];
  return before !== undefined && after !== undefined && before.text.length <= 4 && /^\p{Ll}{1,5}$/u.test(after.text)
    && before.end === s.tokens[hyphen].start && s.tokens[hyphen].end === after.start;
}

/** A quotation mark stands between token i and the one before it (kept, or dropped as a scare quote). */
export function quoteBefore(s: Sentence, i: number): boolean {
  return i > 0 && i < s.tokens.length && /["„“”«»]/.test(s.text.slice(s.tokens[i - 1].end - s.start, s.tokens[i].start - s.start));
}

/** "W." in "George W. Bush": one capital letter with its full stop right after it. */
function initialAt(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  const dot = s.tokens[i + 1];
  return t !== undefined && /^\p{Lu}$/u.test(t.text) && dot?.text === '.' && dot.start === t.end;
}

/** Token i is an initial or its full stop. */
export const partOfInitial = (s: Sentence, i: number): boolean => initialAt(s, i) || (i > 0 && initialAt(s, i - 1));

/** A capital letter standing alone ("On X George Glass wrote") is no part of a name; an initial is. */
const bareLetter = (s: Sentence, i: number): boolean => /^\p{Lu}$/u.test(s.tokens[i]?.text ?? '') && !initialAt(s, i);

/** A regnal number after a name ("Bartholomew I", "Leo XIV"). */
const REGNAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/** Right after a title, a capitalised word shaped like a pronoun is a name when a name follows ("Vice Premier He Lifeng"). */
function pronounShapedName(s: Sentence, i: number, lang: LanguagePack, mentions: Mention[]): boolean {
  const t = s.tokens[i];
  if (!t || i === 0 || !/^\p{Lu}\p{Ll}?$/u.test(t.text) || mentions.some((m) => m.start <= i && i < m.end)) return false;
  if (!lang.set.subjectPronouns.has(t.lower) && !lang.set.possessivePronouns.has(t.lower)) return false;
  return isNameWord(s, i + 1, lang, mentions) && s.tokens[i + 1].text.length > 2;
}

/**
 * Token range of a name of 1..4 capitalised words starting at `i`, or null. `afterTitle`: the
 * words follow a title, so a two-letter family name shaped like a pronoun may open the name.
 */
export function nameAt(s: Sentence, i: number, lang: LanguagePack, mentions: Mention[], afterTitle = false): [number, number] | null {
  if (!isNameWord(s, i, lang, mentions) && !(afterTitle && pronounShapedName(s, i, lang, mentions))) return null;
  if (bareLetter(s, i)) return null;
  let end = initialAt(s, i) ? i + 2 : i + 1;
  while (end < s.tokens.length && end - i < MAX_NAME_TOKENS) {
    const t = s.tokens[end];
    // 'Khan "Ausrottung"': a quotation mark (kept or dropped as a scare quote) ends a name.
    if (s.quoted[end] !== s.quoted[i] || quoteBefore(s, end)) break;
    if (initialAt(s, end) && isNameWord(s, end + 2, lang, mentions)) end += 2;
    else if (isNameWord(s, end, lang, mentions) && !bareLetter(s, end)) end++;
    else if (REGNAL.test(t.text) && !mentions.some((m) => m.start <= end && end < m.end)) {
      end++;
      break;
    }
    else if (t.text === '-' && (isNameWord(s, end + 1, lang, mentions) || lowerSyllableAfter(s, end))) end += 2;
    else if (PARTICLES.has(t.text) && isNameWord(s, end + 1, lang, mentions)) end += 2;
    else break;
  }
  return [i, end];
}

/** Token range of a name ending right before `end` (for "Karoline Leavitt, the press secretary"). */
export function nameEndingAt(s: Sentence, end: number, lang: LanguagePack, mentions: Mention[]): [number, number] | null {
  let start = end;
  while (start > 0 && end - start < MAX_NAME_TOKENS) {
    if (start > 2 && start < end && initialAt(s, start - 2) && isNameWord(s, start - 3, lang, mentions)) start -= 2;
    else if (isNameWord(s, start - 1, lang, mentions) && !bareLetter(s, start - 1)) start--;
    else break;
  }
  if (start === end) return null;
  // The first word of a sentence is capitalised anyway: it must not be a plain word then.
  return [start, end];
}

export function textOf(s: Sentence, start: number, end: number, docText: string): string {
  return docText.slice(s.tokens[start].start, s.tokens[end - 1].end);
}
