/**
 * German verb bracket: a finite auxiliary or modal early in the clause and the participle or
 * infinitive trigger at its end ("Scholz hatte Macron in Paris getroffen", "soll Putin treffen",
 * "ist von Macron empfangen worden"). The auxiliary decides the status; the parties stand between.
 */
import type { Mention, Participant, TriggerHit } from '../doc';
import type { SentenceContext } from './context';

export interface BracketReading {
  participants: Participant[];
  planned: boolean;
}

/** Tokens of a clause read for its auxiliary. */
const CLAUSE_WINDOW = 25;

function clauseStart(ctx: SentenceContext, i: number): number {
  let j = i - 1;
  while (j >= 0 && i - j <= CLAUSE_WINDOW && !ctx.isBoundary(j)) {
    if (ctx.lower[j] === ',') {
      // "vom Leiter des Nordkommandos, Ori Gordin, ... informiert": the commas of an apposition stay inside.
      const apposition = ctx.endingAt(j);
      if (!apposition || !ctx.lower.slice(apposition.start, apposition.end).includes(',')) break;
      j = apposition.start;
    }
    j--;
  }
  return j + 1;
}

/** The trigger closes its clause: nothing but auxiliaries ("worden", "haben") follows before punctuation or "und". */
function closesClause(ctx: SentenceContext, hit: TriggerHit): boolean {
  const vb = ctx.lang.lexicon.verbBracket;
  for (let j = hit.end; j < ctx.length; j++) {
    const w = ctx.lower[j];
    if (!/^[\p{L}]/u.test(w)) return true;
    // "hatte Selenskyj getroffen und ihn aufgefordert": a coordinated clause follows the bracket.
    if (ctx.lang.set.coordinators.has(w)) return true;
    if (!vb?.closing.includes(w)) return false;
  }
  return true;
}

export function verbBracket(ctx: SentenceContext, hit: TriggerHit): BracketReading | null {
  const vb = ctx.lang.lexicon.verbBracket;
  if (!vb || !ctx.lang.lexicon.complementsBeforeVerb || ctx.s.tokens[hit.start].cap || !closesClause(ctx, hit)) return null;
  const from = clauseStart(ctx, hit.start);
  const words = ctx.lower.slice(from, hit.start);
  const tail = ctx.lower.slice(hit.end, hit.end + 3);
  const planned = words.some((w) => vb.planned.includes(w));
  const perfect = words.some((w) => vb.perfect.includes(w));
  const passive = tail.some((w) => vb.passive.includes(w)) || words.some((w) => vb.passive.includes(w));
  // "Netanjahu wurde von Katz informiert": a passive auxiliary opens a bracket too.
  if (!planned && !perfect && !passive) return null;
  const inClause: Mention[] = ctx.mentions.filter((m) => m.start >= from && m.end <= hit.start && ctx.eligible(m, 'contact'));
  const outer = inClause.filter((m) => !inClause.some((o) => o !== m && o.start <= m.start && m.end <= o.end));
  const before = (m: Mention): string => ctx.lower[m.start - 1] ?? '';
  let agents: Mention[] = [];
  let others: Mention[] = [];
  const byAgent = outer.filter((m) => passive && vb.agentWords.includes(before(m)));
  // "hat Ziele im Libanon angegriffen": an attack's targets may be named by where they are.
  const target = (m: Mention): boolean => hit.rule.type === 'ATTACK' && ctx.lang.set.locative.has(before(m));
  const rest = outer.filter((m) => !byAgent.includes(m)
    && (!ctx.afterPreposition(m) || ctx.lang.set.withWords.has(before(m)) || target(m)));
  if (byAgent.length) {
    agents = byAgent;
    others = rest;
  } else if (rest.length) {
    // The subject and those coordinated with it ("Scholz und Macron sollen sich ... treffen").
    let k = 1;
    while (k < rest.length && ctx.lang.set.coordinators.has(ctx.lower[rest[k].start - 1] ?? '')
      && !ctx.lang.set.withWords.has(before(rest[k]))) k++;
    agents = rest.slice(0, k);
    others = rest.slice(k);
  }
  const a = [...new Set(agents.map((m) => m.id))];
  const o = [...new Set(others.map((m) => m.id))].filter((x) => !a.includes(x));
  if (a.length + o.length < 2) return null;
  const initiates = hit.rule.initiates === true && a.length === 1 && o.length > 0;
  const participants: Participant[] = initiates
    ? [{ actor: a[0], role: 'INITIATOR' }, ...o.map((actor): Participant => ({ actor, role: 'RECIPIENT' }))]
    : [...a, ...o].map((actor): Participant => ({ actor, role: 'PARTICIPANT' }));
  return { participants, planned: planned && !passive };
}
