/**
 * Names stage: a person the knowledge base does not know and no title introduces is still
 * found when an unknown name of two to four capitalised words speaks ("Jane Doe said",
 * "according to Jane Doe"), is described by an apposition or works for a body ("Jane Doe of the
 * Institute"). Such persons are OTHER with no country, unless known better.
 */
import type { Mention, Sentence } from '../doc';
import { nameAt, partOfInitial, textOf } from '../entities/name-shape';
import { groupBySentence } from '../lib/sentence-index';
import { slug } from '../lib/slug';
import type { Stage } from '../stage';
import type { LanguagePack } from '../../knowledge';

function speaksAt(lang: LanguagePack, lower: string[], i: number): boolean {
  return lang.triggers.longest(lower, i)?.values.some((r) => r.type === 'STATEMENT' && r.frame === 'speaker') ?? false;
}

/** How far an apposition set off by commas may run before the speech verb ("X, a senior member of Y, said"). */
const APPOSITION_WINDOW = 16;

/** "X, a senior member of the party, said": a comma-delimited apposition after the name, then a speech verb. */
function speaksAfterApposition(lang: LanguagePack, lower: string[], end: number): boolean {
  if (lower[end] !== ',') return false;
  for (let j = end + 1; j < lower.length && j - end <= APPOSITION_WINDOW; j++) {
    if (lower[j] === ',') return speaksAt(lang, lower, j + 1);
    if (lang.set.boundaries.has(lower[j]) || lower[j] === '"') return false;
  }
  return false;
}

/**
 * "Numan Kurtulmus, a senior member of ...", "Elnathan John, a Nigerian writer": an indefinite
 * apposition right after the name describes a person, unless its head names a place or body.
 */
function personApposition(lang: LanguagePack, lower: string[], end: number): boolean {
  if (lower[end] !== ',' || !lang.set.indefinite.has(lower[end + 1] ?? '')) return false;
  for (let j = end + 2; j < lower.length && j - end <= 6; j++) {
    const w = lower[j];
    if (w === ',' || lang.set.prepositions.has(w) || lang.set.boundaries.has(w)) return true;
    if (lang.set.nonPersonDescriptors.has(w)) return false;
  }
  return true;
}

/** Tokens from an affiliation word to the head of the body ("of the Nomura Research Institute"). */
const AFFILIATION_WINDOW = 6;

/**
 * "Paul Chambers of Naresuan University", "Su Xiaohui of a government think-tank", "Peter Birle
 * vom Ibero-Amerikanischen Institut": a name tied to a body by an affiliation word is a person.
 */
function affiliated(lang: LanguagePack, lower: string[], start: number, end: number, bodyWords: ReadonlySet<string>): boolean {
  if (!lang.set.affiliationWords.has(lower[end] ?? '')) return false;
  // "im Bezirk Kafr Sousa von Damaskus": a place or body noun inside the name makes it none.
  if (lower.slice(start, end).some((w) => lang.set.nonPersonDescriptors.has(w) || bodyWords.has(w))) return false;
  for (let j = end + 1; j < lower.length && j - end <= AFFILIATION_WINDOW; j++) {
    const w = lower[j];
    if (w === ',' || lang.set.boundaries.has(w) || lang.set.coordinators.has(w)) return false;
    if (lang.set.nonPersonDescriptors.has(w) || bodyWords.has(w)) return true;
  }
  return false;
}

/** How far before an apposition's comma a title may stand ("Der Sprecher des Büros ..., Laerke, berichtete"). */
const TITLE_BEFORE_APPOSITION = 12;

/**
 * "Der Minister für Diaspora-Angelegenheiten, Amichai Chikli, schrieb": a name set off by commas
 * right before a speech verb. A single word needs a title in the phrase before it.
 */
function appositiveSpeaker(lang: LanguagePack, lower: string[], start: number, end: number): boolean {
  if (lower[start - 1] !== ',' || lower[end] !== ',' || !speaksAt(lang, lower, end + 1)) return false;
  if (end - start >= 2) return true;
  for (let j = start - 2; j >= 0 && start - j <= TITLE_BEFORE_APPOSITION; j--) if (lang.titles.longest(lower, j)) return true;
  return false;
}

/**
 * A speech verb ("says Paul Evans", "erklärte Stefan Kooths") or a source word ("according to
 * Jane Doe") of the given frame ends right before token i.
 */
function triggerEndsAt(lang: LanguagePack, lower: string[], i: number, frame: 'speaker' | 'source'): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const m = lang.triggers.longest(lower, j);
    if (m && m.end === i && m.values.some((r) => r.frame === frame && r.type === 'STATEMENT')) return true;
  }
  return false;
}

export const names: Stage = {
  name: 'names',
  requires: ['sentences', 'mentions', 'facts', 'lang'],
  assigns: ['mentions', 'facts'],
  run(doc, kb) {
    const lang = doc.lang;
    if (!lang) return;
    const orgWords = new Set(lang.lexicon.organizationHeadWords);
    const bodyWords = new Set([...orgWords].map((w) => w.toLowerCase()));
    const groups = groupBySentence(doc);
    const found = (s: Sentence, list: Mention[], start: number, end: number): void => {
      const last = s.tokens[end - 1].text;
      // "Internationalen Strafgerichts", "Iberoamerikanischen Instituts": adjectives and (genitive) body nouns are no name.
      const body = orgWords.has(last) || (last.endsWith('s') && orgWords.has(last.slice(0, -1)));
      const adjective = s.tokens.slice(start, end).some((t) => lang.lexicon.adjectiveSuffixes.some((x) => t.lower.endsWith(x)));
      // An initial ("W.") is short by nature; any other one-letter or all-capitals word is no name part.
      const shortOrCapitals = s.tokens.slice(start, end).some((t, k) => !partOfInitial(s, start + k) && (t.text.length < 2 || /^\p{Lu}+$/u.test(t.text)));
      if (body || adjective || shortOrCapitals) return;
      const surface = textOf(s, start, end, doc.text);
      const id = kb.personBySpelling(surface) ?? slug(surface);
      const m: Mention = {
        sentence: s.index, start, end, headStart: start, headEnd: end, kind: 'person', id, form: 'name',
        named: true, attributive: false, possessive: false,
      };
      list.push(m);
      doc.mentions.push(m);
      if (!kb.persons.has(id) && !doc.facts.has(id)) {
        doc.facts.set(id, { id, name: surface, role: 'OTHER', country: null, organization: null, title: null, office: null, discovered: true });
      }
    };
    // "Michael Kovrig": a known given name opens a person's name; "der Alexander Verlag" is a firm.
    const givenNameFirst = (s: Sentence, i: number, l: LanguagePack): boolean => kb.givenNames.has(s.tokens[i].text)
      && !(i > 0 && l.set.determiners.has(s.tokens[i - 1].lower));
    for (const s of doc.sentences) {
      const list = groups[s.index];
      const lower = s.lower;
      for (let i = 0; i < s.tokens.length; i++) {
        if (s.quoted[i]) continue;
        const name = nameAt(s, i, lang, list);
        if (!name) continue;
        if (name[1] - name[0] < 2) {
          if (appositiveSpeaker(lang, lower, name[0], name[1])) found(s, list, name[0], name[1]);
          continue;
        }
        // The first word of a sentence is capitalised anyway; a name there must still be two words.
        if (speaksAt(lang, lower, name[1]) || triggerEndsAt(lang, lower, name[0], 'source') || triggerEndsAt(lang, lower, name[0], 'speaker')
          || speaksAfterApposition(lang, lower, name[1]) || personApposition(lang, lower, name[1])
          || appositiveSpeaker(lang, lower, name[0], name[1]) || givenNameFirst(s, name[0], lang)
          || affiliated(lang, lower, name[0], name[1], bodyWords)) found(s, list, name[0], name[1]);
        i = name[1] - 1;
      }
    }
  },
};
