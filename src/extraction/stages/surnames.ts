/**
 * Surnames stage: once a person is named in full, the surname alone (and its German genitive,
 * "Ushakovs") refers to them anywhere in the article.
 */
import type { Doc, Mention } from '../doc';
import { markTitlePossessors } from '../entities/possessor';
import { nameKeys } from '../lib/tokenize';
import type { Stage } from '../stage';

const ROMAN = /^[IVX]+$/;

export const surnames: Stage = {
  name: 'surnames',
  requires: ['sentences', 'mentions', 'facts', 'lang'],
  assigns: ['mentions'],
  run(doc, kb) {
    addSurnames(doc, kb);
    if (doc.lang) markTitlePossessors(doc, doc.lang);
  },
};

/** Does this person's name put the family name first (by the state they serve, or a Korean-shaped given name)? */
function familyNameFirst(doc: Doc, kb: Parameters<Stage['run']>[1], m: Mention, canonicalKeys: string[]): boolean {
  const countries = new Set<string>();
  for (const o of kb.persons.get(m.id)?.offices ?? []) if (o.country) countries.add(o.country);
  const fact = doc.facts.get(m.id)?.country;
  if (fact) countries.add(fact);
  const order = kb.nameOrder;
  if ([...countries].some((c) => order.canonicalFamilyFirst.has(c))) return true;
  const s = doc.sentences[m.sentence];
  const surface = s.tokens.slice(m.headStart, m.headEnd).map((t) => t.text);
  // "Ishiba Shigeru" for Shigeru Ishiba: the surface reverses the canonical order.
  if ([...countries].some((c) => order.eitherOrder.has(c))) {
    return canonicalKeys.length === 2 && surface.length === 2 && surface[0] === canonicalKeys[1];
  }
  // "Choi Ha-eun": a hyphenated given name with a lower-case second syllable follows the family name.
  return surface.length >= 4 && surface.at(-2) === '-' && /^\p{Ll}/u.test(surface.at(-1) ?? '');
}

function addSurnames(doc: Doc, kb: Parameters<Stage['run']>[1]): void {
  {
    const bySurname = new Map<string, string>();
    const ambiguous = new Set<string>();
    const note = (surname: string, id: string): void => {
      if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) return;
      const had = bySurname.get(surname);
      if (had && had !== id) ambiguous.add(surname);
      else bySurname.set(surname, id);
    };
    for (const m of doc.mentions) {
      if (m.kind !== 'person' || !m.named || m.headEnd - m.headStart < 2) continue;
      const s = doc.sentences[m.sentence];
      note(s.tokens[m.headEnd - 1].text, m.id);
      const canonical = kb.persons.get(m.id)?.name ?? doc.facts.get(m.id)?.name;
      const keys = canonical ? nameKeys(canonical) : [];
      if (canonical) {
        // "Pope Leo XIV", "Charles III": a regnal name is short for the whole ("Leo", "Papst Leo").
        const regnal = keys.length >= 2 && ROMAN.test(keys.at(-1) ?? '');
        note((regnal ? keys.at(-2) : keys.at(-1)) ?? '', m.id);
      }
      // "President Lee Jae-myung ... Mr Lee": a family name written first is the short form.
      if (familyNameFirst(doc, kb, m, keys)) note(s.tokens[m.headStart].text, m.id);
    }
    for (const a of ambiguous) bySurname.delete(a);
    if (bySurname.size === 0) return;

    const covered = doc.sentences.map(() => [] as Mention[]);
    for (const m of doc.mentions) covered[m.sentence].push(m);
    const added: Mention[] = [];
    for (const s of doc.sentences) {
      const list = covered[s.index];
      s.tokens.forEach((t, i) => {
        if (!t.cap) return;
        let id = bySurname.get(t.text);
        let possessive = s.tokens[i + 1]?.text === "'s";
        if (!id && t.text.endsWith('s')) {
          id = bySurname.get(t.text.slice(0, -1));
          possessive = true;
        }
        // Whether a mention covers the token is asked only of a known surname: a scan per capital otherwise.
        if (!id || list.some((m) => m.start <= i && i < m.end)) return;
        // "Chinese President Xi Jinping" matched as "Chinese President Xi": the rest of the name extends it.
        const left = list.find((m) => m.end === i && m.id === id && m.kind === 'person');
        if (left && !left.possessive) {
          left.end = i + 1;
          left.headEnd = i + 1;
          left.possessive = possessive;
          return;
        }
        added.push({
          sentence: s.index, start: i, end: i + 1, headStart: i, headEnd: i + 1,
          kind: 'person', id, form: 'surname', named: true, attributive: false, possessive,
        });
      });
    }
    doc.mentions.push(...added);
  }
}
