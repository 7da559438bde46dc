/**
 * Interactions stage: every trigger outside quotations becomes an event with participants and
 * roles from its frame, unless negated ("did not attend") or only wished for ("the need for
 * talks"); announced or scheduled ones are PLANNED. Statements: one per speaker per sentence,
 * about the other actors the sentence names.
 */
import { SPOKE_TO_TYPES, type InteractionType } from '../../domain/enums';
import type { Event, Mention, Participant, Sentence, TriggerHit } from '../doc';
import { applyFrame } from '../interactions/frames';
import { applyInitiative } from '../interactions/initiative';
import { SentenceContext } from '../interactions/context';
import { cueSpans, cuesAt, idiomAfter } from '../interactions/cues';
import { placeNear } from '../interactions/place';
import { verbBracket } from '../interactions/verb-bracket';
import { visitHosts } from '../interactions/visit-host';
import { echoedCriticism } from '../interactions/echo';
import { pickStatements, type StatementCandidate } from '../interactions/statements';
import { labelledActor, passiveLabel, reportedJudgement } from '../interactions/evaluation';
import { subjectLeft } from '../interactions/search';
import { groupBySentence } from '../lib/sentence-index';
import type { Stage } from '../stage';
import type { LanguagePack } from '../../knowledge';

function quoteOf(ctx: SentenceContext): string | null {
  let a = -1;
  let b = -1;
  ctx.s.quoted.forEach((q, i) => {
    if (q && a < 0) a = i;
    if (q) b = i;
  });
  if (a < 0) return null;
  return ctx.doc.text.slice(ctx.s.tokens[a].start, ctx.s.tokens[b].end);
}

/**
 * ATTACK and AID are between states: persons and bodies stand for their country; a body of no
 * state (the EU, NATO, an armed group) acts as itself.
 */
function asCountries(ctx: SentenceContext, parts: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of parts) {
    const kind = ctx.kindOf(p.actor);
    const c = ctx.countryOf(p.actor, kind) ?? (kind === 'org' ? p.actor : null);
    if (c && !out.some((o) => o.actor === c)) out.push({ actor: c, role: p.role });
  }
  return out;
}

/** TALKS are between delegations: named negotiators take part together with their countries. */
function withDelegations(ctx: SentenceContext, parts: Participant[]): Participant[] {
  const out = [...parts];
  for (const p of parts) {
    const kind = ctx.kindOf(p.actor);
    if (kind !== 'person') continue;
    const c = ctx.countryOf(p.actor, kind);
    if (c && !out.some((o) => o.actor === c)) out.push({ actor: c, role: 'PARTICIPANT' });
  }
  return out;
}

/**
 * Parties of talks nobody is named for: the two countries the sentence names (not as a place),
 * else the article's main pair; none when persons in the sentence may be the parties.
 */
function delegationsOf(ctx: SentenceContext, mainPair: string[]): string[] {
  if (ctx.mentions.some((m) => m.kind === 'person' && !m.attributive)) return [];
  const named = [...new Set(ctx.mentions
    .filter((m) => m.kind === 'country' && !(m.start > 0 && ctx.lang.set.locative.has(ctx.lower[m.start - 1])))
    .map((m) => m.id))];
  if (named.length === 2) return named;
  return named.length === 0 ? mainPair : [];
}

/** "Xi's invitation to visit China": nobody visits or meets their own country. */
function ownCountry(ctx: SentenceContext, parts: Participant[]): boolean {
  if (parts.length !== 2) return false;
  const [a, b] = parts.map((p) => p.actor);
  return (ctx.kindOf(a) === 'country' && ctx.countryOf(b, ctx.kindOf(b)) === a) || (ctx.kindOf(b) === 'country' && ctx.countryOf(a, ctx.kindOf(a)) === b);
}

/** Tokens after (or before) a conversation in which "by phone" makes it a call. */
const PHONE_AFTER = 8;
const PHONE_BEFORE = 3;

function byPhone(ctx: SentenceContext, hit: TriggerHit): boolean {
  for (let j = Math.max(0, hit.start - PHONE_BEFORE); j < ctx.length && j - hit.end < PHONE_AFTER; j++) {
    if (j >= hit.end && (ctx.isBoundary(j) || ctx.lower[j] === ',')) return false;
    if (ctx.lang.callMarkers.longest(ctx.lower, j)) return true;
  }
  return false;
}

/** How far before a clause-final participle its perfect auxiliary may stand ("hatte ... kritisiert"). */
const PERFECT_WINDOW = 12;

/** A German clause-final participle with a perfect auxiliary before it: background, not the reported occasion. */
function backgroundPerfect(ctx: SentenceContext, hit: TriggerHit): boolean {
  const aux = ctx.lang.lexicon.verbBracket?.perfect ?? [];
  const next = ctx.lower[hit.end];
  if (aux.length === 0 || (next !== undefined && /^\p{L}/u.test(next))) return false;
  for (let j = hit.start - 1; j >= 0 && hit.start - j <= PERFECT_WINDOW; j--) {
    if (ctx.lower[j] === ',') return false;
    if (aux.includes(ctx.lower[j])) return true;
  }
  return false;
}

function newEvent(hit: TriggerHit, participants: Participant[], planned: boolean, place: string | null, quote: string | null): Event {
  return {
    type: hit.rule.type, rule: hit.rule.id, sentence: hit.sentence, trigger: hit.start, participants,
    status: planned ? 'PLANNED' : 'OCCURRED', date: null, place, topics: [], quote, sentences: [hit.sentence],
  };
}

/** A negative judgement of an actor in a statement is criticism of it (see interactions/evaluation.ts). */
function judgementEvent(ctx: SentenceContext, hit: TriggerHit, speaker: Mention, target: Mention): Event | null {
  const target_ = target.id;
  if (target_ === speaker.id || ctx.events.some((e) => e.type === 'CRITICISM' && e.participants.some((p) => p.actor === target_))) return null;
  const e = newEvent(hit, [{ actor: speaker.id, role: 'INITIATOR' }, { actor: target_, role: 'RECIPIENT' }], false, null, null);
  e.type = 'CRITICISM';
  e.rule = `${ctx.lang.code}.criticism.evaluation`;
  return e;
}

/** Sentences back an addendum may add parties to a meeting ("Also present was X"). */
const ADDENDUM_REACH = 2;
/** Words an addendum's opening may start after ("Also present at the talks was"). */
const ADDENDUM_OPENING = 2;

/**
 * "Also present was Kim Jong Un", "Unter den Teilnehmern waren Merz und Starmer": a sentence that
 * opens with a participation addendum adds its actors to the meeting or talks just reported.
 */
function joinAddendum(s: Sentence, mentions: Mention[], events: Event[], lang: LanguagePack): boolean {
  const lower = s.lower;
  let opens = false;
  for (let j = 0; j <= ADDENDUM_OPENING && !opens; j++) {
    const m = lang.participationAddenda.longest(lower, j);
    // "Among them were X", not "Among them, X is the youngest"; "participants included X".
    opens = m !== null && (lang.evaluation.copulas.has(lower[m.end]) || lang.evaluation.copulas.has(lower[m.end - 1])
      || lang.set.addendumVerbs.has(lower[m.end - 1]));
  }
  if (!opens) return false;
  const meeting = [...events].reverse().find((e) => (e.type === 'MEETING' || e.type === 'TALKS') && s.index - e.sentence <= ADDENDUM_REACH);
  if (!meeting) return false;
  const joiners = mentions.filter((m) => (m.kind === 'person' || m.kind === 'country' || m.kind === 'org') && !m.attributive && m.form !== 'pronoun');
  const role = meeting.participants.some((p) => p.role === 'INITIATOR') ? 'RECIPIENT' : 'PARTICIPANT';
  for (const m of joiners) {
    if (!meeting.participants.some((p) => p.actor === m.id)) meeting.participants.push({ actor: m.id, role });
  }
  if (!meeting.sentences.includes(s.index)) meeting.sentences.push(s.index);
  return joiners.length > 0;
}

export const interactions: Stage = {
  name: 'interactions',
  requires: ['sentences', 'mentions', 'triggers', 'focus', 'persons', 'mainPair', 'lang'],
  assigns: ['events'],
  run(doc, kb) {
    const lang = doc.lang;
    if (!lang) return;
    const groups = groupBySentence(doc);
    const hitsBy: TriggerHit[][] = doc.sentences.map(() => []);
    for (const h of doc.triggers) hitsBy[h.sentence].push(h);
    const events: Event[] = [];
    const recentContact = (type?: InteractionType): string[] => {
      for (let i = events.length - 1; i >= 0; i--) {
        const t = events[i].type;
        if (SPOKE_TO_TYPES.includes(t) && (!type || type === 'CONSULTATION' || t === type)) return events[i].participants.map((p) => p.actor);
      }
      return [];
    };
    for (const s of doc.sentences) {
      const mentions = [...groups[s.index]].sort((a, b) => a.start - b.start || b.end - a.end);
      if (joinAddendum(s, mentions, events, lang)) continue;
      const ctx = new SentenceContext(doc, kb, lang, s, mentions, [], hitsBy[s.index]);
      events.push(...echoedCriticism(ctx, events));
      if (hitsBy[s.index].length === 0) continue;
      const spans = cueSpans(ctx);
      const statements: StatementCandidate[] = [];
      const judged: [TriggerHit, Mention, Mention][] = [];
      for (const hit of hitsBy[s.index]) {
        if (s.quoted[hit.start]) continue;
        const { rule } = hit;
        // "im Gespräch mit", "in talks with": a trigger opened by a preposition is no finite verb.
        // Nouns whose possessor acts ("Russia's offensive") are nouns too.
        const shape = rule.frame === 'noun' || rule.agent === 'possessor' ? 'noun' : ctx.lang.set.prepositions.has(ctx.lower[hit.start]) ? 'adjunct' : 'verb';
        const cues = cuesAt(ctx, spans, hit.start, hit.end, shape);
        if (cues.negated) continue;
        if (shape === 'verb' && idiomAfter(ctx, hit.start, hit.end)) continue;
        const contact = SPOKE_TO_TYPES.includes(rule.type);
        if (contact && cues.irrealis) continue;
        // "Trump called Putin a killer": a labelling verb is speech, not a phone call.
        if (rule.type !== 'STATEMENT' && rule.type !== 'CRITICISM') {
          const passive = passiveLabel(ctx, hit);
          const labeller = passive?.[0] ?? subjectLeft(ctx, hit.start, 'speaker').at(-1);
          const labelled = passive?.[1] ?? (labeller ? labelledActor(ctx, hit, labeller.id) : undefined);
          if (labeller && labelled) {
            statements.push({ hit, speaker: labeller });
            judged.push([hit, labeller, labelled]);
            continue;
          }
        }
        const bracket = rule.type === 'STATEMENT' ? null : verbBracket(ctx, hit);
        const res = bracket ? { participants: [bracket.participants] } : applyFrame(ctx, hit, recentContact);
        if (rule.type === 'STATEMENT') {
          if (res.speaker) {
            statements.push({ hit, speaker: res.speaker });
            const target = labelledActor(ctx, hit, res.speaker.id) ?? reportedJudgement(ctx, hit, res.speaker);
            if (target) judged.push([hit, res.speaker, target]);
          }
          continue;
        }
        // "Peskov accused NATO of \"rampant militarisation\"": a person or body quoted criticising also makes a statement.
        // Not inside another speaker's report ("X said the chancellor condemned"), nor a background perfect ("hatte ... kritisiert").
        const reported = hitsBy[s.index].some((h) => h.rule.type === 'STATEMENT' && h.start < hit.start);
        const perfect = bracket !== null || ctx.lower[hit.start - 1] === 'had' || backgroundPerfect(ctx, hit);
        const quotes = s.quoted.some((q, j) => q && j >= hit.end);
        if (rule.type === 'CRITICISM' && rule.frame === 'agent-patient' && quotes && !reported && !perfect) {
          const agent = res.participants[0]?.[0]?.actor;
          const m = agent ? mentions.filter((x) => x.id === agent && x.start < hit.start).pop() : undefined;
          if (m && (m.kind === 'person' || m.kind === 'org')) statements.push({ hit, speaker: m });
        }
        for (const found of res.participants) {
          let parts = rule.type === 'ATTACK' || rule.type === 'AID' ? asCountries(ctx, found) : found;
          if (new Set(parts.map((p) => p.actor)).size < 2) {
            const pair = rule.fallback === 'main-pair' ? delegationsOf(ctx, doc.mainPair) : [];
            if (pair.length !== 2) continue;
            parts = pair.map((actor): Participant => ({ actor, role: 'PARTICIPANT' }));
          }
          if (contact && ownCountry(ctx, parts)) continue;
          const place = contact ? placeNear(ctx, hit) : null;
          // Plans qualify contacts and aid ("will meet", "will send"), not a reported attack.
          const plannable = contact || rule.type === 'AID';
          const planned = bracket ? bracket.planned : (cues.planned && plannable) || rule.planned === true;
          const e = newEvent(hit, parts, planned, place, null);
          // "spoke ... by phone", "had talks with Macron by video link": held by phone or video, it is a call.
          if (rule.type !== 'CALL' && SPOKE_TO_TYPES.includes(rule.type) && byPhone(ctx, hit)) e.type = 'CALL';
          // Talks of heads of state or government and nobody else are their meeting, not delegations' talks.
          if (e.type === 'TALKS' && e.participants.every((q) => ctx.leader(q.actor))) e.type = 'MEETING';
          if (e.type === 'TALKS') e.participants = withDelegations(ctx, e.participants);
          ctx.events.push(e);
          events.push(e);
        }
      }
      for (const [hit, speaker, target] of judged) {
        const e = judgementEvent(ctx, hit, speaker, target);
        if (!e) continue;
        ctx.events.push(e);
        events.push(e);
      }
      for (const c of pickStatements(ctx, statements)) {
        const about = [...new Set(mentions
          .filter((m) => m.kind !== 'blocker' && !m.attributive && !ctx.isMedia(m) && m.id !== c.speaker.id)
          .map((m) => m.id))];
        const parts: Participant[] = [
          { actor: c.speaker.id, role: 'SPEAKER' },
          ...about.map((actor): Participant => ({ actor, role: 'SUBJECT' })),
        ];
        const e = newEvent(c.hit, parts, false, null, quoteOf(ctx));
        e.type = 'STATEMENT';
        ctx.events.push(e);
        events.push(e);
      }
    }
    if (doc.sentences.length > 0) {
      const anywhere = new SentenceContext(doc, kb, lang, doc.sentences[0], [], [], []);
      const countryOf = (id: string, kind: Mention['kind']): string | null => anywhere.countryOf(id, kind);
      const kinds = new Map(doc.mentions.map((m) => [m.id, m.kind] as [string, Mention['kind']]));
      visitHosts(events, (id) => kinds.get(id) ?? 'person', countryOf);
      applyInitiative(doc, events, groups, countryOf);
    }
    doc.events = events;
  },
};
