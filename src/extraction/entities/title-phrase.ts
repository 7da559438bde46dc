/**
 * Reads the words around a title: the country / organization in front ("Kremlin aide",
 * "U.S. Defense Secretary", "der russische Präsident") and what follows or precedes it.
 */
import type { LanguagePack } from '../../knowledge';
import type { TitleEntry } from '../../knowledge/lexicons';
import type { Mention, Sentence } from '../doc';

export interface TitlePhrase {
  title: TitleEntry;
  /** Token range of the title words. */
  titleStart: number;
  titleEnd: number;
  /** Start of the phrase including modifiers and determiners. */
  start: number;
  countries: Mention[];
  org: Mention | null;
  /** The phrase begins with an indefinite determiner ("a U.S. official"). */
  indefinite: boolean;
  /** The phrase begins with a definite determiner ("the president"). */
  definite: boolean;
  /** "former President", "der frühere Präsident": no longer in office. */
  former: boolean;
  /** "the leaders", "die Regierungschefs": several holders. */
  plural: boolean;
}

/** Words a plural determiner may stand before the title by ("die beiden Präsidenten"). */
const PLURAL_DETERMINER_REACH = 2;

/**
 * The title at [ts, te) names several holders: a plural form, or a form that is also a singular
 * case after a plural determiner ("die Präsidenten", not "den Präsidenten" or "die Präsidentin").
 */
export function isPluralTitle(lang: LanguagePack, lower: readonly string[], ts: number, te: number, title: TitleEntry): boolean {
  if (title.plural) return true;
  const form = lower[te - 1] ?? '';
  if (lang.lexicon.feminineTitleEndings.some((e) => form.endsWith(e))) return false;
  for (let j = ts - 1; j >= 0 && ts - j <= PLURAL_DETERMINER_REACH; j--) if (lang.set.pluralTitleDeterminers.has(lower[j])) return true;
  return false;
}

/** Walks left from the title over countries, organizations, hyphens, coordinators and determiners. */
export function readModifiers(s: Sentence, ts: number, te: number, title: TitleEntry, lang: LanguagePack, mentions: Mention[]): TitlePhrase {
  const phrase: TitlePhrase = {
    title, titleStart: ts, titleEnd: te, start: ts, countries: [], org: null, indefinite: false, definite: false, former: false,
    plural: isPluralTitle(lang, s.lower, ts, te, title),
  };
  let j = ts - 1;
  let lastWasActor = false;
  while (j >= 0) {
    const t = s.tokens[j];
    const m = mentions.find((x) => x.end === j + 1 && (x.kind === 'country' || x.kind === 'org'));
    const mPoss = !m && t.text === "'s" ? mentions.find((x) => x.end === j && x.kind === 'country') : undefined;
    if (m || mPoss) {
      const mm = (m ?? mPoss)!;
      if (mm.kind === 'country') phrase.countries.unshift(mm);
      else if (!phrase.org) phrase.org = mm;
      else break;
      phrase.start = mm.start;
      j = mm.start - 1;
      lastWasActor = true;
      continue;
    }
    if (t.text === '-' && j === ts - 1) {
      j--;
      continue;
    }
    // "a military analyst", "Italy's populist deputy prime minister": one adjective between a determiner or a country's possessive and the title.
    const before = s.tokens[j - 1];
    const possessiveBefore = before !== undefined && (before.text === "'s" || mentions.some((x) => x.end === j && x.kind === 'country' && x.possessive));
    if (j === ts - 1 && /^\p{Ll}+$/u.test(t.text) && j > 0 && (lang.set.determiners.has(before.lower) || lang.set.indefinite.has(before.lower) || possessiveBefore)
      && !lang.set.prepositions.has(t.lower) && !lang.set.boundaries.has(t.lower) && !lang.set.coordinators.has(t.lower)) {
      phrase.start = j;
      j--;
      continue;
    }
    if (lang.set.former.has(t.lower)) {
      phrase.former = true;
      phrase.start = j;
      j--;
      continue;
    }
    if (lang.set.determiners.has(t.lower) || lang.set.indefinite.has(t.lower)) {
      if (lang.set.indefinite.has(t.lower) && !lang.set.determiners.has(t.lower)) phrase.indefinite = true;
      else if (/^(a|an|ein|eine|einen|einem|einer)$/.test(t.lower)) phrase.indefinite = true;
      else phrase.definite = true;
      phrase.start = j;
      j--;
      continue;
    }
    // "the British, French and German leaders": coordinated modifiers before a plural title.
    if (lastWasActor && (t.text === ',' || lang.set.coordinators.has(t.lower))) {
      // Only adjectives coordinate this way ("den russischen und den US-Präsidenten"), not
      // "Narendra Modi of India and Israeli Prime Minister ...".
      const isAdj = (x: Mention): boolean => x.kind === 'country' && x.form === 'adjective' && !x.attributive;
      const prev = mentions.find((x) => x.end === j && isAdj(x));
      const prevDet = j - 1 >= 0 && lang.set.determiners.has(s.tokens[j - 1].lower)
        ? mentions.find((x) => x.end === j - 1 && isAdj(x)) : undefined;
      if (prev || prevDet) {
        j--;
        continue;
      }
    }
    break;
  }
  return phrase;
}

/** The mention starting at `i` after skipping determiners, if any. */
export function mentionAfter(s: Sentence, i: number, lang: LanguagePack, mentions: Mention[], kinds: Mention['kind'][]): Mention | undefined {
  let j = i;
  while (j < s.tokens.length && lang.set.determiners.has(s.tokens[j].lower)) j++;
  return mentions.find((m) => m.start === j && kinds.includes(m.kind));
}
