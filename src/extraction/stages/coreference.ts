/**
 * Coreference stage, kept simple and deterministic: "he"/"er" and "his"/"sein" are the subject
 * of the sentence so far or else of the last sentence that had one; "him"/"ihn" is the person
 * named last. Also records each sentence's focus (its subject), which pronouns later refer to.
 */
import type { LanguagePack } from '../../knowledge';
import type { Doc, Mention, Sentence, TriggerHit } from '../doc';
import { groupBySentence } from '../lib/sentence-index';
import type { Stage } from '../stage';

/** How many sentences back a pronoun may find its person. */
const LOOKBACK = 3;
/** Tokens (adverbs, auxiliaries) allowed between a subject and its verb. */
const SUBJECT_VERB_GAP = 3;

export function afterPreposition(s: Sentence, m: Mention, lang: LanguagePack): boolean {
  let j = m.start - 1;
  while (j >= 0 && lang.set.determiners.has(s.tokens[j].lower)) j--;
  return j >= 0 && lang.set.prepositions.has(s.tokens[j].lower);
}

/** "den französischen Präsidenten Macron": a determiner in an object case before the phrase. */
function objectCase(s: Sentence, m: Mention, lang: LanguagePack): boolean {
  if (lang.set.objectDeterminers.has(s.tokens[m.start].lower)) return true;
  for (let j = m.start - 1; j >= 0 && lang.set.determiners.has(s.tokens[j].lower); j--) {
    if (lang.set.objectDeterminers.has(s.tokens[j].lower)) return true;
  }
  return false;
}

function subjectCandidates(s: Sentence, list: Mention[], lang: LanguagePack): Mention[] {
  return list.filter((m) => m.kind === 'person' && !m.attributive && !s.quoted[m.start] && !afterPreposition(s, m, lang)
    && !objectCase(s, m, lang));
}

function focusOf(s: Sentence, list: Mention[], hits: TriggerHit[], lang: LanguagePack): string | null {
  const cands = subjectCandidates(s, list, lang);
  if (cands.length === 0) return null;
  const speakers = cands.filter((m) => hits.some((h) => h.start >= m.end && h.start - m.end <= SUBJECT_VERB_GAP));
  return (speakers.at(-1) ?? cands[0]).id;
}

type PronounKind = 'subject' | 'object' | 'possessive';

function pronounKind(s: Sentence, i: number, lang: LanguagePack): PronounKind | null {
  const l = s.tokens[i].lower;
  if (lang.set.subjectPronouns.has(l)) return 'subject';
  if (lang.set.possessivePronouns.has(l)) return 'possessive';
  if (lang.set.objectPronouns.has(l)) return 'object';
  const amb = lang.lexicon.ambiguousPronouns;
  if (amb.forms.includes(l)) {
    const next = s.tokens[i + 1]?.lower ?? '';
    const plural = amb.pluralVerbEndings.some((e) => next.endsWith(e));
    const singular = amb.singularVerbEndings.some((e) => next.endsWith(e));
    if (singular && !plural) return 'subject';
  }
  return null;
}

export const coreference: Stage = {
  name: 'coreference',
  requires: ['sentences', 'mentions', 'triggers', 'lang'],
  assigns: ['focus', 'mentions'],
  run(doc: Doc) {
    const lang = doc.lang;
    doc.focus = doc.sentences.map(() => null);
    if (!lang) return;
    const groups = groupBySentence(doc);
    const hitsBy: TriggerHit[][] = doc.sentences.map(() => []);
    for (const h of doc.triggers) hitsBy[h.sentence].push(h);
    const previousFocus = (k: number): string | null => {
      for (let j = k - 1; j >= 0 && j >= k - LOOKBACK; j--) if (doc.focus[j]) return doc.focus[j];
      return null;
    };
    const lastPerson = (k: number, before: number, not: string | null): string | null => {
      for (let j = k; j >= 0 && j >= k - LOOKBACK; j--) {
        const persons = groups[j].filter((m) => m.kind === 'person' && (j < k || m.end <= before) && m.id !== not);
        persons.sort((a, b) => a.start - b.start);
        if (persons.length) return persons[persons.length - 1].id;
      }
      return null;
    };
    for (const s of doc.sentences) {
      const list = groups[s.index];
      s.tokens.forEach((_, i) => {
        if (s.quoted[i] || list.some((m) => m.start <= i && i < m.end)) return;
        const kind = pronounKind(s, i, lang);
        if (!kind) return;
        const before = subjectCandidates(s, list, lang).filter((m) => m.end <= i).sort((a, b) => a.start - b.start);
        const subject = before[0]?.id ?? null;
        // "Putin apologised to him": an object pronoun is never the subject of its own clause, the person just before it.
        // ("... and warned him": after a coordinator the clause has the earlier subject again.)
        const nearest = kind === 'object' ? list.filter((m) => m.kind === 'person' && m.end <= i && m.form !== 'pronoun').sort((a, b) => a.start - b.start).at(-1) : undefined;
        const local = nearest && s.tokens.slice(nearest.end, i).every((t) => t.lower !== ',' && !lang.set.coordinators.has(t.lower) && !lang.set.boundaries.has(t.lower))
          ? nearest : undefined;
        const id = kind === 'object' ? lastPerson(s.index, i, local?.id ?? subject) ?? subject : subject ?? previousFocus(s.index);
        if (!id) return;
        const m: Mention = {
          sentence: s.index, start: i, end: i + 1, headStart: i, headEnd: i + 1, kind: 'person', id,
          form: 'pronoun', named: false, attributive: false, possessive: kind === 'possessive',
        };
        list.push(m);
        doc.mentions.push(m);
      });
      doc.focus[s.index] = focusOf(s, list, hitsBy[s.index], lang);
    }
  },
};
