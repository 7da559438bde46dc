/**
 * A person in the possessive before another person's title or name owns the title, not the
 * sentence: "Putins außenpolitischer Berater Juri Uschakow sagte", "Merz' Vorgänger Olaf Scholz",
 * "Macron's spokesperson said". The possessor is attributive (listed, but no party to anything);
 * a title with no name after it ("Macron's spokesperson") is an unnamed person nobody can be.
 */
import type { LanguagePack } from '../../knowledge';
import type { Doc, Mention } from '../doc';

/** Words a relational noun may take between the possessor and the name ("Vorgänger", "predecessor"). */
const MAX_BETWEEN = 2;

const APOSTROPHES = new Set(["'s", "'", '’', '’s']);

function isPlainWord(lang: LanguagePack, lower: string): boolean {
  if (!/^\p{L}[\p{L}-]*$/u.test(lower)) return false;
  const set = lang.set;
  return !(set.prepositions.has(lower) || set.determiners.has(lower) || set.coordinators.has(lower) || set.boundaries.has(lower)
    || set.subjectPronouns.has(lower) || set.relative.has(lower) || set.ofWords.has(lower));
}

export function markTitlePossessors(doc: Doc, lang: LanguagePack): void {
  const bySentence = doc.sentences.map(() => [] as Mention[]);
  for (const m of doc.mentions) bySentence[m.sentence].push(m);
  for (const s of doc.sentences) {
    const list = bySentence[s.index];
    const lower = s.lower;
    for (const m of list) {
      if (m.kind !== 'person' || m.attributive) continue;
      let j = m.end;
      const marked = m.possessive || APOSTROPHES.has(lower[j] ?? '');
      if (!marked) continue;
      if (APOSTROPHES.has(lower[j] ?? '')) j++;
      const title = lang.titles.longest(lower, j);
      let k = j;
      let owned: Mention | undefined;
      while (k < s.tokens.length && k - j <= MAX_BETWEEN + (title ? title.end - j : 0)) {
        owned = list.find((x) => x !== m && x.kind === 'person' && x.form !== 'pronoun' && x.start === k);
        if (owned) break;
        // A title resolved into its holder covers the words: it starts inside them.
        owned = list.find((x) => x !== m && x.kind === 'person' && x.form !== 'pronoun' && x.start <= k && k < x.end && x.start >= j);
        if (owned || lang.triggers.longest(lower, k) || !isPlainWord(lang, lower[k])) break;
        k++;
      }
      if (owned) {
        m.attributive = true;
        continue;
      }
      if (title && !list.some((x) => x.start < title.end && j < x.end && x !== m)) {
        m.attributive = true;
        const blocker: Mention = {
          sentence: s.index, start: j, end: title.end, headStart: j, headEnd: title.end,
          kind: 'blocker', id: '', form: 'description', named: false, attributive: false, possessive: false,
        };
        list.push(blocker);
        doc.mentions.push(blocker);
      }
    }
  }
}
