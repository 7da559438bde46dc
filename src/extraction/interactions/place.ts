/** Where a contact took place: "talks in Istanbul", "Treffen ... in Rom". */
import type { TriggerHit } from '../doc';
import type { SentenceContext } from './context';

/** Other words allowed between the trigger (and its participants) and "in <Place>". */
const PLACE_GAP = 2;

export function placeNear(ctx: SentenceContext, hit: TriggerHit): string | null {
  let other = 0;
  for (let j = hit.end; j < ctx.length - 1; j++) {
    if (ctx.isBoundary(j) || ctx.lower[j] === ',') return null;
    const inMention = ctx.mentions.some((m) => m.kind !== 'country' && m.start <= j && j < m.end);
    if (!ctx.lang.set.locative.has(ctx.lower[j]) || ctx.lower[j] === 'from' || ctx.lower[j] === 'to') {
      if (!inMention && !ctx.isGlue(j) && !ctx.lang.set.withWords.has(ctx.lower[j]) && ++other > PLACE_GAP) return null;
      continue;
    }
    let k = j + 1;
    while (k < ctx.length && ctx.lang.set.determiners.has(ctx.lower[k])) k++;
    const t = ctx.s.tokens[k];
    if (!t || !t.cap || !/^\p{L}/u.test(t.text)) continue;
    const m = ctx.mentions.find((x) => x.start <= k && k < x.end);
    if (m && m.kind !== 'country') continue;
    const lower = t.lower;
    if (ctx.lang.dates.months.has(lower) || ctx.lang.dates.weekdays.has(lower)) continue;
    return ctx.doc.text.slice(t.start, (m ? ctx.s.tokens[m.end - 1] : t).end);
  }
  return null;
}
