/**
 * Picks the statements a sentence reports: one per speaker; an "according to X" source or a
 * closing "..., X said." attribution speaks for the whole sentence; a statement after "that"
 * following another one is reported speech inside it ("Trump said that Putin expressed ...").
 */
import type { Mention, TriggerHit } from '../doc';
import type { SentenceContext } from './context';

export interface StatementCandidate {
  hit: TriggerHit;
  speaker: Mention;
}

/** Tokens from the attribution verb to the end of the sentence in a closing attribution. */
const CLOSING_WINDOW = 5;

function closingAttribution(ctx: SentenceContext, c: StatementCandidate): boolean {
  const lastComma = ctx.lower.lastIndexOf(',');
  if (lastComma < 0) return false;
  const first = Math.min(c.hit.start, c.speaker.start);
  let end = ctx.length;
  while (end > 0 && /^[.!?"')\]]$/.test(ctx.lower[end - 1])) end--;
  return first > lastComma && end - c.hit.end <= CLOSING_WINDOW && end - c.speaker.end <= CLOSING_WINDOW;
}

export function pickStatements(ctx: SentenceContext, all: StatementCandidate[]): StatementCandidate[] {
  let cands = all.filter((c) => !ctx.isMedia(c.speaker) && c.speaker.kind !== 'blocker');
  // A news agency as source ("RT reported", "according to Al Jazeera") says nothing itself.
  const sources = cands.filter((c) => c.hit.rule.frame === 'source');
  const sourceBlocks = all.some((c) => c.hit.rule.frame === 'source');
  if (sources.length) cands = sources;
  else {
    const closing = cands.filter((c) => closingAttribution(ctx, c));
    if (closing.length) cands = closing;
    else if (sourceBlocks) cands = cands.filter((c) => c.hit.rule.frame !== 'source');
  }
  const kept: StatementCandidate[] = [];
  for (const c of cands.sort((a, b) => a.hit.start - b.hit.start)) {
    const embedded = kept.some((k) => {
      for (let j = k.hit.end; j < c.hit.start; j++) if (ctx.lang.set.reportLinks.has(ctx.lower[j])) return true;
      return false;
    });
    if (embedded || kept.some((k) => k.speaker.id === c.speaker.id)) continue;
    kept.push(c);
  }
  return kept;
}
