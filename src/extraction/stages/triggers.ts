/**
 * Triggers stage: finds the words that state an interaction, by the trigger lexicon of the
 * article's language (longest phrase wins; German separable verbs need their particle at the
 * end of the clause: "kündigte ... an").
 */
import type { TriggerRule } from '../../knowledge/lexicons';
import type { Sentence, TriggerHit } from '../doc';
import { groupBySentence } from '../lib/sentence-index';
import type { Stage } from '../stage';

/** The particle stands alone before punctuation or the end of the sentence. */
function hasParticle(s: Sentence, from: number, particle: string): boolean {
  for (let j = from; j < s.tokens.length; j++) {
    if (s.tokens[j].lower !== particle) continue;
    const next = s.tokens[j + 1];
    if (!next || !/^[\p{L}\p{N}]/u.test(next.text)) return true;
  }
  return false;
}

function choose(rules: TriggerRule[], s: Sentence, end: number): TriggerRule | null {
  const withParticle = rules.filter((r) => r.particle && hasParticle(s, end, r.particle));
  if (withParticle.length > 0) return withParticle[0];
  return rules.find((r) => !r.particle) ?? null;
}

/** Shortest part a compound keeps before its head ("Atom" + "gespräche"). */
const MIN_MODIFIER = 3;

/** "Atomgespräche", "Handelsverhandlungen": a capitalised compound ending with a trigger word. */
function compoundAt(heads: { head: string; rule: TriggerRule }[], s: Sentence, i: number): { end: number; values: TriggerRule[] } | null {
  const t = s.tokens[i];
  // Heads are sorted longest first: a word too short for the last one ends with none.
  if (!t.cap || heads.length === 0 || t.lower.length < heads[heads.length - 1].head.length + MIN_MODIFIER) return null;
  const h = heads.find((x) => t.lower.length >= x.head.length + MIN_MODIFIER && t.lower.endsWith(x.head));
  return h ? { end: i + 1, values: [h.rule] } : null;
}

export const triggers: Stage = {
  name: 'triggers',
  requires: ['sentences', 'mentions', 'lang'],
  assigns: ['triggers'],
  run(doc) {
    const lang = doc.lang;
    if (!lang) return;
    const groups = groupBySentence(doc);
    const hits: TriggerHit[] = [];
    for (const s of doc.sentences) {
      const lower = s.lower;
      const list = groups[s.index];
      for (let i = 0; i < lower.length; ) {
        const m = lang.triggers.longest(lower, i) ?? compoundAt(lang.compoundHeads, s, i);
        if (!m) {
          i++;
          continue;
        }
        const rule = choose(m.values, s, m.end);
        const insideName = list.some((x) => x.kind !== 'country' && x.start <= i && m.end <= x.end && x.kind !== 'blocker');
        if (rule && !insideName) hits.push({ sentence: s.index, start: i, end: m.end, rule });
        i = rule ? m.end : i + 1;
      }
    }
    doc.triggers = hits;
  },
};
