/**
 * Evaluative speech: a negative judgement a speaker gives of an actor or of its act is criticism of
 * that actor. Two shapes: a labelling verb with its object ("called Khan's move outrageous",
 * "nannte das Vorgehen des Chefanklägers empörend", "bezeichnete X als „nicht nachvollziehbar“")
 * and a reported judgement ("said the prosecutor's move was shameful", "sagte, X sei befremdlich").
 * The judged actor is the one the judged phrase names outside a prepositional phrase: the owner of
 * "Khan's move" or "das Vorgehen des Chefanklägers" is judged; Israel in "the attack on Israel" is not.
 */
import type { Mention, TriggerHit } from '../doc';
import type { SentenceContext } from './context';
import { complement, subjectLeft } from './search';

/** Tokens from a labelling verb to its judgement. */
const LABEL_WINDOW = 10;
/** Tokens of a judged subject before its copula. */
const SUBJECT_WINDOW = 8;
/** Tokens from a speech verb to the start of its reported clause ("sagte im Deutschlandfunk, ..."). */
const CLAUSE_OPENING = 6;
/** Intensifiers and quotation marks between a copula and its judgement. */
const JUDGEMENT_GAP = 3;

/** End of a negative judgement starting at token i ("outrageous", "nicht hilfreich"), or -1. */
function judgementAt(ctx: SentenceContext, i: number): number {
  const ev = ctx.lang.evaluation;
  const negated = ev.negators.has(ctx.lower[i]);
  const m = ev.judgements.longest(ctx.lower, negated ? i + 1 : i);
  if (!m) return -1;
  // A positive word counts only negated, a negative one only as it stands.
  return m.values[0] === negated ? m.end : -1;
}

function skippable(ctx: SentenceContext, j: number): boolean {
  return ctx.lang.evaluation.intensifiers.has(ctx.lower[j]) || ctx.lower[j] === '"';
}

/** The actor a judged phrase [a, b) names: not the speaker, not one after a preposition other than "of". */
function judgedActor(ctx: SentenceContext, a: number, b: number, speaker: string): Mention | undefined {
  for (let j = a; j < b; j++) {
    const m = ctx.startingAt(j);
    if (!m || m.end > b || m.kind === 'blocker' || ctx.isMedia(m) || m.id === speaker) continue;
    let k = m.start - 1;
    while (k >= a && ctx.lang.set.determiners.has(ctx.lower[k])) k--;
    const prep = k >= a ? ctx.lower[k] : '';
    if (ctx.lang.set.prepositions.has(prep) && !ctx.lang.set.ofWords.has(prep)) continue;
    return m;
  }
  return undefined;
}

/** Tokens of an apposition set off by commas after a name ("Gustavo Petro, of Colombia, is"). */
const APPOSITION_MAX = 6;

/** A stretch of one clause: no clause boundary, comma or other verb inside; an apposition's commas may be. */
function oneClause(ctx: SentenceContext, a: number, b: number, self: TriggerHit | null): boolean {
  for (let j = a; j < b; j++) {
    if (ctx.lower[j] === ',' && ctx.endingAt(j)) {
      const close = ctx.lower.indexOf(',', j + 1);
      if (close > j && close < b && close - j <= APPOSITION_MAX) {
        j = close;
        continue;
      }
    }
    if (ctx.lower[j] === ',' || (ctx.isBoundary(j) && ctx.lower[j] !== '"') || ctx.lang.set.infinitive.has(ctx.lower[j])) return false;
  }
  return !ctx.hits.some((h) => h !== self && h.rule.frame !== 'noun' && h.start >= a && h.start < b);
}

/** "called Khan's move outrageous", "bezeichnete das Vorgehen als „nicht nachvollziehbar“": the labelled actor. */
export function labelledActor(ctx: SentenceContext, hit: TriggerHit, speaker: string): Mention | undefined {
  if (hit.end - hit.start !== 1 || !ctx.lang.evaluation.labelling.has(ctx.lower[hit.start])) return undefined;
  for (let j = hit.end + 1; j < ctx.length && j - hit.end <= LABEL_WINDOW; j++) {
    if (judgementAt(ctx, j) < 0) continue;
    let b = j;
    while (b > hit.end && skippable(ctx, b - 1)) b--;
    if (b === hit.end || !oneClause(ctx, hit.end, b, hit)) return undefined;
    return judgedActor(ctx, hit.end, b, speaker);
  }
  return undefined;
}

/** "Scholz was called a traitor by Trump": the labeller after the agent word and the labelled subject. */
export function passiveLabel(ctx: SentenceContext, hit: TriggerHit): [Mention, Mention] | undefined {
  const { evaluation, set } = ctx.lang;
  if (hit.end - hit.start !== 1 || !evaluation.labelling.has(ctx.lower[hit.start]) || !set.passiveAuxiliaries.has(ctx.lower[hit.start - 1] ?? '')) return undefined;
  let j = hit.end;
  for (let n = 0; n < JUDGEMENT_GAP && j < ctx.length && judgementAt(ctx, j) < 0; n++) j++;
  if (judgementAt(ctx, j) < 0) return undefined;
  const labeller = complement(ctx, hit.start, hit.end, set.passiveAgent, 'speaker', false)[0];
  const labelled = subjectLeft(ctx, hit.start - 1, 'other').at(-1);
  return labeller && labelled && labeller.id !== labelled.id ? [labeller, labelled] : undefined;
}

/** Verb-final "dass das Vorgehen befremdlich sei": where a judgement ending at the copula c starts, or -1. */
function judgementBefore(ctx: SentenceContext, a: number, c: number): number {
  for (let s = c - 1; s > a && c - s <= JUDGEMENT_GAP + 1; s--) {
    let e = judgementAt(ctx, s);
    if (e < 0) continue;
    while (e < c && skippable(ctx, e)) e++;
    if (e !== c) continue;
    while (s > a && skippable(ctx, s - 1)) s--;
    return s;
  }
  return -1;
}

/** A judged subject in [a, b): copula then judgement ("was shameful"), or judgement then copula ("befremdlich sei"). */
function judgedSubject(ctx: SentenceContext, a: number, b: number, speaker: string): Mention | undefined {
  const { copulas } = ctx.lang.evaluation;
  for (let c = a + 1; c < b && c - a <= SUBJECT_WINDOW + 1; c++) {
    if (!copulas.has(ctx.lower[c])) continue;
    let j = c + 1;
    for (let n = 0; n < JUDGEMENT_GAP && j < b && judgementAt(ctx, j) < 0 && skippable(ctx, j); n++) j++;
    const subjectEnd = judgementAt(ctx, j) >= 0 ? c : judgementBefore(ctx, a, c);
    if (subjectEnd < 0) return undefined;
    if (!oneClause(ctx, a, subjectEnd, null)) return undefined;
    return judgedActor(ctx, a, subjectEnd, speaker);
  }
  return undefined;
}

/**
 * "said the prosecutor's move was shameful", "sagte im Deutschlandfunk, das Vorgehen sei
 * befremdlich", "Khan's move was outrageous, Biden said": the actor of a reported judgement.
 */
export function reportedJudgement(ctx: SentenceContext, hit: TriggerHit, speaker: Mention): Mention | undefined {
  const first = Math.min(hit.start, speaker.start);
  // '"Petro is a criminal," Trump declared': the comma may stand inside the closing quotation mark.
  const comma = ctx.lower[first - 1] === ',' ? first - 1 : ctx.lower[first - 1] === '"' && ctx.lower[first - 2] === ',' ? first - 2 : -1;
  if (comma > 0) {
    const before = judgedSubject(ctx, ctx.lower[0] === '"' ? 1 : 0, comma, speaker.id);
    if (before) return before;
  }
  let a = Math.max(hit.end, speaker.start > hit.start ? speaker.end : hit.end);
  for (let j = a; j < ctx.length && j - a < CLAUSE_OPENING; j++) {
    if (ctx.lower[j] === ',' || ctx.lang.set.reportLinks.has(ctx.lower[j])) {
      a = j + 1;
      if (ctx.lang.set.reportLinks.has(ctx.lower[a])) a++;
      break;
    }
  }
  return judgedSubject(ctx, a, ctx.length, speaker.id);
}
