/** Negation, wishes and plans near a trigger decide whether and how an event is reported. */
import type { CueKind, LanguagePack } from '../../knowledge';
import type { SentenceContext } from './context';

/** Tokens before a trigger in which "not"/"no" negates it ("did not attend a meeting"). */
const NEGATION_WINDOW = 5;
/** Tokens before a trigger in which a demand or need makes it a wish ("the need for direct talks"). */
const IRREALIS_WINDOW = 6;
/** Tokens after a noun trigger in which a plan or schedule makes it PLANNED ("talks scheduled"). */
const PLANNED_AFTER = 2;

export interface Cues {
  negated: boolean;
  irrealis: boolean;
  planned: boolean;
}

/** Cue phrases of the sentence: kind and token range, found once per sentence. */
export function cueSpans(ctx: SentenceContext): { kind: CueKind; start: number; end: number }[] {
  const out: { kind: CueKind; start: number; end: number }[] = [];
  for (let i = 0; i < ctx.length; i++) {
    const m = ctx.lang.cues.longest(ctx.lower, i);
    if (!m) continue;
    for (const kind of new Set(m.values)) out.push({ kind, start: i, end: m.end });
  }
  return out;
}

function boundaryBetween(ctx: SentenceContext, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (ctx.isBoundary(j)) return true;
  return false;
}

function clauseEnd(ctx: SentenceContext, from: number): number {
  let j = from;
  while (j < ctx.length && !ctx.isBoundary(j) && ctx.lower[j] !== ',' && !(j > from && ctx.triggerAt(j))) j++;
  return j;
}

/** The words of each noun-negation phrase, split once per language pack. */
const nounNegationWords = new WeakMap<LanguagePack, string[][]>();

/** "Ein Treffen ... fand nicht statt", "a meeting ... was not on the agenda": negation later in the noun's clause. */
function negatedAfterNoun(ctx: SentenceContext, end: number): boolean {
  let phrases = nounNegationWords.get(ctx.lang);
  if (!phrases) {
    phrases = (ctx.lang.lexicon.nounNegation ?? []).map((p) => p.split(' '));
    nounNegationWords.set(ctx.lang, phrases);
  }
  for (let j = end; j < ctx.length && !ctx.isBoundary(j) && ctx.lower[j] !== ','; j++) {
    if (phrases.some((p) => p.every((w, k) => ctx.lower[j + k] === w))) return true;
  }
  return false;
}

/**
 * How the trigger stands in its clause: a verb, a noun, or a prepositional phrase ("im Gespräch
 * mit", "in talks with") whose clause has another verb, which a later negation belongs to.
 */
export type TriggerShape = 'verb' | 'noun' | 'adjunct';

export function cuesAt(ctx: SentenceContext, spans: ReturnType<typeof cueSpans>, start: number, end: number, shape: TriggerShape): Cues {
  const verbLike = shape !== 'noun';
  const before = (kind: CueKind, window: number): boolean => spans.some(
    (c) => c.kind === kind && c.end <= start && start - c.end < window && !boundaryBetween(ctx, c.end, start)
      // "könne nicht gewinnen, und fordert X auf": a negation ends with its clause.
      && !(kind === 'negation' && ctx.lower.slice(c.end, start).includes(',')),
  );
  // "talks scheduled for Monday": only a noun is qualified by what follows it.
  // German puts the plan at the clause end: "Ein Treffen ... ist für Juli geplant".
  const afterWindow = ctx.lang.lexicon.complementsBeforeVerb ? clauseEnd(ctx, end) - end : PLANNED_AFTER;
  const after = !verbLike && spans.some((c) => c.kind === 'planned' && c.start >= end && c.start - end < afterWindow);
  const infinitive = verbLike && start > 0 && ctx.lang.set.infinitive.has(ctx.lower[start - 1]) && !factualInfinitive(ctx, start - 1);
  // German puts "nicht" after the finite verb, at the end of its clause: "Selenskyj traf Putin nicht".
  let postverbal = false;
  if (verbLike && ctx.lang.lexicon.postverbalNegation.length) {
    for (let j = end; j < ctx.length && !ctx.isBoundary(j) && ctx.lower[j] !== ','; j++) {
      if (ctx.lang.lexicon.postverbalNegation.includes(ctx.lower[j])) postverbal = true;
    }
  }
  return {
    negated: before('negation', NEGATION_WINDOW) || (shape === 'verb' && postverbal) || (shape === 'noun' && negatedAfterNoun(ctx, end)),
    irrealis: before('irrealis', IRREALIS_WINDOW),
    planned: before('planned', ctx.lang.lexicon.plannedWindow) || after || infinitive,
  };
}

/** Words an ordinal may stand before the infinitive marker ("the first Thai monarch to visit"). */
const ORDINAL_REACH = 4;

/** "the first president to visit China": an infinitive after an ordinal reports what happened. */
function factualInfinitive(ctx: SentenceContext, marker: number): boolean {
  for (let k = marker - 1; k >= 0 && marker - k <= ORDINAL_REACH; k--) {
    if (ctx.isBoundary(k) || ctx.lower[k] === ',') return false;
    if (ctx.lang.set.factualInfinitiveOrdinals.has(ctx.lower[k])) return true;
  }
  return false;
}

/**
 * A verb trigger whose object makes it no event of its kind: "said to be", "declared martial law",
 * "struck a balance"; German verb-final clauses put the object first ("das Kriegsrecht erklärt hatte").
 */
export function idiomAfter(ctx: SentenceContext, start: number, end: number): boolean {
  const idioms = ctx.lang.idiomsAfterVerb;
  if (idioms.longest(ctx.lower, end) || (ctx.lang.verbIdioms.longest(ctx.lower, start)?.end ?? 0) > end) return true;
  if (!ctx.lang.lexicon.complementsBeforeVerb) return false;
  for (let j = Math.max(0, start - 3); j < start; j++) if (idioms.longest(ctx.lower, j)?.end === start) return true;
  return false;
}
