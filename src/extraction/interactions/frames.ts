/** Turns one trigger into participants, by the frame its rule names (see lexicons.ts TriggerFrame). */
import { SPOKE_TO_TYPES, type InteractionType } from '../../domain/enums';
import type { TriggerRule } from '../../knowledge/lexicons';
import type { Mention, Participant, TriggerHit } from '../doc';
import type { Purpose, SentenceContext } from './context';
import {
  complement, definite, frontedObject, indefinite, genitiveAfter, mentionSkippingDeterminers, objectsRight, pairParties, pluralPossessive, possessor,
  subjectLeft, subjectRight, underPluralHead,
} from './search';

/** One reading of a trigger: who acts, who is acted upon; several when "with X and Y" lists meetings. */
export interface FrameResult {
  participants: Participant[][];
  /** For STATEMENT: the speaker's mention. */
  speaker?: Mention;
}

const DEFAULT_PATIENT_GAP = 6;

/** Parties of the last contact reported before (of the given type; any when CONSULTATION or absent). */
export type RecentContact = (type?: InteractionType) => string[];

const ids = (ms: Mention[]): string[] => [...new Set(ms.map((m) => m.id))];

function purposeOf(rule: TriggerRule): Purpose {
  return SPOKE_TO_TYPES.includes(rule.type) ? 'contact' : 'other';
}

function roles(agents: string[], others: string[], initiates: boolean): Participant[] {
  const a = [...new Set(agents)];
  const o = [...new Set(others)].filter((x) => !a.includes(x));
  if (initiates && a.length === 1 && o.length > 0) {
    return [{ actor: a[0], role: 'INITIATOR' }, ...o.map((actor): Participant => ({ actor, role: 'RECIPIENT' }))];
  }
  return [...a, ...o].map((actor): Participant => ({ actor, role: 'PARTICIPANT' }));
}

/** The sentence's first verb before the trigger ("He says ... and calls on"), of any kind. */
function firstVerb(ctx: SentenceContext, hit: TriggerHit): TriggerHit | undefined {
  return ctx.hits.find((h) => h.start < hit.start && h.rule.frame !== 'noun');
}

/** "accused Moscow of stalling and urged Washington": a verb after "and" shares the previous verb's subject. */
function coordinatedVerb(ctx: SentenceContext, hit: TriggerHit): boolean {
  const prev = ctx.lower[hit.start - 1];
  return prev !== undefined && prev !== ',' && ctx.lang.set.coordinators.has(prev) && (ctx.events.length > 0 || firstVerb(ctx, hit) !== undefined);
}

/** The agent a coordinated verb shares: the previous event's, else the subject of the sentence's first verb. */
function sharedAgents(ctx: SentenceContext, hit: TriggerHit, purpose: Purpose): string[] {
  if (ctx.events.length > 0) return previousAgents(ctx);
  const first = firstVerb(ctx, hit);
  return first ? ids(subjectLeft(ctx, first.start, purpose)) : [];
}

/** The agent: a possessor, the subject, an inverted subject, or the agent of the sentence's previous event. */
function agentOf(ctx: SentenceContext, hit: TriggerHit, purpose: Purpose): Mention[] {
  // Before a verb only a marked possessive owns it ("Putin's call with"); "mit Trump telefoniert" does not.
  const poss = possessor(ctx, hit.start, purpose).filter((m) => m.possessive || hit.rule.frame === 'noun');
  if (poss.length) return poss;
  const left = subjectLeft(ctx, hit.start, purpose);
  if (left.length) return left;
  return subjectRight(ctx, hit.end, purpose);
}

/** Nothing but punctuation or a closing auxiliary follows the trigger: a verb-final clause. */
function closesClause(ctx: SentenceContext, hit: TriggerHit): boolean {
  const closing = ctx.lang.lexicon.verbBracket?.closing ?? [];
  for (let j = hit.end; j < ctx.length; j++) {
    const w = ctx.lower[j];
    if (!/^\p{L}/u.test(w)) return true;
    if (!closing.includes(w)) return false;
  }
  return true;
}

function previousAgents(ctx: SentenceContext): string[] {
  const prev = ctx.events.at(-1);
  if (!prev) return [];
  return prev.participants.filter((p) => p.role === 'INITIATOR' || p.role === 'SPEAKER' || p.role === 'PARTICIPANT').slice(0, 4).map((p) => p.actor);
}

/** Tokens between a verb and the noun of a contact that is its object ("criticised the planned call"). */
const CONTACT_OBJECT_GAP = 3;

/** The verb's object is a contact noun ("the call", "den Besuch"), not an actor. */
function contactObject(ctx: SentenceContext, hit: TriggerHit): boolean {
  // "rejected a meeting with X": a verb-like trigger after a determiner is the noun.
  const noun = (h: TriggerHit): boolean => h.rule.frame === 'noun' || ctx.lang.set.determiners.has(ctx.lower[h.start - 1]);
  return ctx.hits.some((h) => noun(h) && h.rule.type !== 'TALKS' && SPOKE_TO_TYPES.includes(h.rule.type) && h.start >= hit.end
    && h.start - hit.end <= CONTACT_OBJECT_GAP
    && ctx.lower.slice(hit.end, h.start).every((w) => /^\p{L}/u.test(w) && !ctx.lang.set.prepositions.has(w) && !ctx.lang.set.boundaries.has(w)));
}

/** A mention right after a preposition other than "of" ("to Norway", "in Paris") that is not the trigger's own ("travelled to"). */
function placeAfterPreposition(ctx: SentenceContext, m: Mention, triggerEnd: number): boolean {
  let j = m.start - 1;
  while (j >= triggerEnd && ctx.lang.set.determiners.has(ctx.lower[j])) j--;
  if (j < triggerEnd) return false;
  return ctx.lang.set.prepositions.has(ctx.lower[j]) && !ctx.lang.set.ofWords.has(ctx.lower[j]);
}

/** Words that may stand between a passive auxiliary and its participle ("was also briefed"). */
const PASSIVE_ADVERB_GAP = 1;

/** The passive auxiliary right before the trigger ("was briefed", "was also briefed"), or -1. */
function passiveAuxiliary(ctx: SentenceContext, hit: TriggerHit): number {
  let aux = hit.start - 1;
  while (aux >= 0 && hit.start - aux <= PASSIVE_ADVERB_GAP + 1 && !ctx.lang.set.passiveAuxiliaries.has(ctx.lower[aux])) {
    if (!/^\p{Ll}+$/u.test(ctx.lower[aux]) || ctx.startingAt(aux)) return -1;
    aux--;
  }
  return aux >= 0 && ctx.lang.set.passiveAuxiliaries.has(ctx.lower[aux]) ? aux : -1;
}

/**
 * "Netanyahu was briefed by Katz", "Kyiv was attacked by Russia": the subject of a passive (its
 * auxiliary at `aux`) is the patient and the by-phrase the agent. Null when no agent is named.
 */
function passiveReading(ctx: SentenceContext, hit: TriggerHit, aux: number, purpose: Purpose): Participant[][] | null {
  if (aux < 0) return null;
  const agents = complement(ctx, hit.start, hit.end, ctx.lang.set.passiveAgent, purpose, false);
  const patients = subjectLeft(ctx, aux, purpose).filter((m) => !agents.some((a) => a.id === m.id));
  if (agents.length === 0 || patients.length === 0) return null;
  return [roles(ids(agents), ids(patients), hit.rule.initiates ?? false)];
}

function agentPatient(ctx: SentenceContext, hit: TriggerHit, recentContact: RecentContact): FrameResult {
  const { rule } = hit;
  const purpose = purposeOf(rule);
  const possessorOnly = rule.agent === 'possessor';
  const aux = possessorOnly ? -1 : passiveAuxiliary(ctx, hit);
  const passive = passiveReading(ctx, hit, aux, purpose);
  if (passive) return { participants: passive };
  // "she was asked what ...": the subject of a passive is acted on, by someone not named.
  if (rule.initiates && aux >= 0) return { participants: [] };
  const fronted = possessorOnly ? null : frontedObject(ctx, hit.start, hit.end, purpose);
  if (fronted) {
    // "Ein Treffen mit Trump lehnte er ab": the partner of a rejected contact is not its target.
    const rejectedContact = rule.type === 'CRITICISM' && ctx.hits.some((h) => h.rule.frame === 'noun' && SPOKE_TO_TYPES.includes(h.rule.type) && h.end <= hit.start);
    return { participants: rejectedContact ? [] : [roles(ids(fronted.subject), ids(fronted.objects), rule.initiates === true)] };
  }
  let agents = possessorOnly ? possessor(ctx, hit.start, purpose) : agentOf(ctx, hit, purpose);
  let agentIds = ids(agents);
  if (!possessorOnly && coordinatedVerb(ctx, hit)) {
    agents = [];
    agentIds = sharedAgents(ctx, hit, purpose);
  }
  let patients = objectsRight(ctx, hit.end, rule.patientGap ?? DEFAULT_PATIENT_GAP, purpose, new Set(agentIds));
  // "the engineers she had welcomed to Norway": a host's guests are objects, a place after a preposition is not one.
  if (rule.type === 'MEETING') patients = patients.filter((m) => !placeAfterPreposition(ctx, m, hit.end));
  // "lehnte ein Treffen mit Selenskyj ab", "rejected talks with Kyiv": the partner of a rejected contact is not its target.
  if (rule.type === 'CRITICISM' && contactObject(ctx, hit)) patients = [];
  // "consulted von der Leyen and received guarantees": a borrowed subject needs an object of its own.
  if (!possessorOnly && agents.length === 0 && agentIds.length > 0 && patients.length === 0) return { participants: [] };
  if (possessorOnly) {
    // "Russian forces launched a drone attack on Kyiv": the subject of the light verb attacks.
    if (agentIds.length === 0) {
      for (let j = hit.start - 1; j >= 0 && hit.start - j <= 4; j--) {
        const lv = ctx.lang.lightVerbs.longest(ctx.lower, j);
        // "kündigte an, die Angriffe ...": a light verb's object is in its own clause.
        if (lv && lv.end <= hit.start && !ctx.lower.slice(lv.end, hit.start).includes(',')) {
          agentIds = ids(subjectLeft(ctx, j, purpose));
          break;
        }
      }
      // "die USA hatten ihre Waffenlieferungen an die Ukraine ausgesetzt", "paused its deliveries to":
      // a possessive pronoun before the noun stands for the clause's subject.
      if (agentIds.length === 0) {
        for (let j = hit.start - 1; j >= 0 && hit.start - j <= 3; j--) {
          if (!ctx.lang.set.possessivePronouns.has(ctx.lower[j]) && !ctx.lang.set.pluralPronouns.has(ctx.lower[j])) continue;
          agentIds = ids(subjectLeft(ctx, j, purpose));
          break;
        }
      }
      patients = patients.filter((m) => !agentIds.includes(m.id));
    }
    if (agentIds.length === 0) return { participants: [] };
    return { participants: [roles(agentIds, ids(patients), rule.initiates ?? false)] };
  }
  if (agentIds.length === 0) {
    // "talks that both sides called frank": a borrowed subject needs an object of its own.
    if (patients.length === 0) return { participants: [] };
    agentIds = previousAgents(ctx);
    patients = patients.filter((m) => !agentIds.includes(m.id));
  }
  // German verb-final clause: "wobei die Ukraine die Russlands Delegation kritisierte".
  if (patients.length === 0 && agents.length === 1 && closesClause(ctx, hit)) {
    const before = subjectLeft(ctx, agents[0].start, purpose);
    if (before.length) {
      patients = agents;
      agents = before;
      agentIds = ids(before);
    }
  }
  if (agentIds.length === 0 && patients.length === 0) return { participants: [] };
  // "talks that both sides called frank": a group subject alone acts on nobody.
  if (patients.length === 0 && agents.length > 0 && agents.every((m) => m.form === 'group')) return { participants: [] };
  // "Zelensky criticised the call", "kritisierte den Besuch": the target of criticism of a contact is whoever made it.
  if (patients.length === 0 && rule.type === 'CRITICISM' && agentIds.length > 0 && contactObject(ctx, hit)) {
    const target = recentContact().find((x) => !agentIds.includes(x));
    if (target) return { participants: [roles(agentIds, [target], rule.initiates ?? false)] };
  }
  const patientIds = ids(patients);
  // Several persons contacted are several contacts ("reached out to Modi and Netanyahu"); a meeting
  // with "the leaders of X and Y" is one.
  const joint = rule.type === 'MEETING' && patients.length > 0 && underPluralHead(ctx, patients[0]);
  if (purpose === 'contact' && patientIds.length > 1 && !joint) {
    return { participants: patientIds.map((p) => roles(agentIds, [p], rule.initiates ?? false)) };
  }
  return { participants: [roles(agentIds, patientIds, rule.initiates ?? false)] };
}

/** "traf am Montag Scholz", "met on Friday with": a preposition opening a date is no place phrase. */
function timeAdverbial(ctx: SentenceContext, prep: number): boolean {
  const next = ctx.lower[prep + 1] ?? '';
  return ctx.lang.dates.weekdays.has(next) || ctx.lang.dates.months.has(next) || /^\d/.test(next);
}

/** Tokens from one partner to a coordinated "and with X" of the same verb. */
const LATER_PARTNER_WINDOW = 12;

/** "spreche mit Washington über X und mit der EU über Y": partners of the same verb in coordinated with-phrases. */
function laterPartners(ctx: SentenceContext, from: number, withWords: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (let j = from; j + 1 < ctx.length && j - from <= LATER_PARTNER_WINDOW && !ctx.isBoundary(j) && !ctx.triggerAt(j); j++) {
    if (!ctx.lang.set.coordinators.has(ctx.lower[j]) || !withWords.has(ctx.lower[j + 1])) continue;
    const m = mentionSkippingDeterminers(ctx, j + 2, 3);
    if (m && ctx.eligible(m, 'contact')) out.push(m);
  }
  return out;
}

function agentWith(ctx: SentenceContext, hit: TriggerHit, recentContact: RecentContact): FrameResult {
  const { rule } = hit;
  // "Starmer was joined by Macron": the agent phrase names the partner.
  const passive = passiveReading(ctx, hit, passiveAuxiliary(ctx, hit), 'contact');
  if (passive) return { participants: passive };
  // "visited Kyiv and met Zelenskyy": a coordinated verb has the first verb's subject, not its object.
  const agentIds = coordinatedVerb(ctx, hit) ? sharedAgents(ctx, hit, 'contact') : ids(agentOf(ctx, hit, 'contact'));
  // "die beiden trafen sich", "both leaders met": the pair just named meets.
  if (agentIds.length === 0) {
    const pair = pairParties(ctx, hit.start, recentContact());
    if (pair.length === 2) return { participants: [roles(pair, [], false)] };
  }
  // "met Xi on Friday, sharing tea with his host": a "with" phrase naming the agent again is not the partner.
  const withWords = rule.partnerWords ? new Set(rule.partnerWords) : ctx.lang.set.withWords;
  let partners = complement(ctx, hit.start, hit.end, withWords, 'contact', true).filter((m) => !agentIds.includes(m.id));
  // "nahm an einer Videokonferenz mit X und Y teil": the with-phrase belongs to the contact noun between.
  if (partners.length > 0 && ctx.hits.some((h) => h.rule.frame === 'noun' && SPOKE_TO_TYPES.includes(h.rule.type) && h.start >= hit.end && h.end <= partners[0].start)) {
    return { participants: [] };
  }
  // "met Putin": a direct object, not one after a preposition ("meet in Turkey").
  if (partners.length === 0 && rule.patientGap) {
    // The list's first member decides: "met the presidents of A and B, X and Y" keeps Y.
    const objects = objectsRight(ctx, hit.end, rule.patientGap, 'contact', new Set(agentIds));
    const afterPreposition = objects.length > 0
      && ctx.lower.slice(hit.end, objects[0].start).some((w, k) => ctx.lang.set.prepositions.has(w) && !timeAdverbial(ctx, hit.end + k));
    partners = afterPreposition ? [] : objects;
  }
  if (partners.length > 0) partners = [...partners, ...laterPartners(ctx, Math.max(...partners.map((m) => m.end)), withWords)];
  const partnerIds = ids(partners).filter((p) => !agentIds.includes(p));
  if (partnerIds.length > 1) return { participants: partnerIds.map((p) => roles(agentIds, [p], rule.initiates ?? false)) };
  return { participants: [roles(agentIds, partnerIds, rule.initiates ?? false)] };
}

function recipientFrom(ctx: SentenceContext, hit: TriggerHit): FrameResult {
  const recipients = ids(agentOf(ctx, hit, 'contact'));
  const from = ids(complement(ctx, hit.start, hit.end, ctx.lang.set.fromWords, 'contact', false)).filter((x) => !recipients.includes(x));
  if (from.length === 1) return { participants: [roles(from, recipients, true)] };
  return { participants: [roles(recipients, from, false)] };
}

/** Is token i in a comma-delimited phrase opened by a preposition or participle, with `focus` outside it? */
function inSetOffPhrase(ctx: SentenceContext, i: number, focus: string): boolean {
  let a = i - 1;
  while (a >= 0 && ctx.lower[a] !== ',') a--;
  let b = i + 1;
  while (b < ctx.length && ctx.lower[b] !== ',') b++;
  if (a < 0 && b >= ctx.length) return false;
  const first = ctx.lower[a + 1] ?? '';
  const opens = ctx.lang.set.prepositions.has(first) || ctx.lang.lexicon.participleSuffixes.some((x) => first.endsWith(x));
  if (!opens) return false;
  return ctx.mentions.some((m) => m.id === focus && (m.end <= a || m.start > b));
}

function noun(ctx: SentenceContext, hit: TriggerHit, recentContact: RecentContact): FrameResult {
  const purpose = purposeOf(hit.rule);
  // "would call Putin": a lower-case noun trigger right before an actor is the verb.
  if (!ctx.s.tokens[hit.start].cap) {
    const next = ctx.startingAt(hit.end);
    if (next && next.kind !== 'blocker' && ctx.eligible(next, purpose)) {
      let agents = ids(subjectLeft(ctx, hit.start, purpose)).filter((x) => x !== next.id);
      // "hours before meeting South Korea's president": a gerund after a clause word shares the sentence's subject.
      const focus = ctx.doc.focus[ctx.s.index];
      if (agents.length === 0 && focus && focus !== next.id && ctx.mentions.some((m) => m.id === focus && m.end <= hit.start)) agents = [focus];
      // "would call each side": one contact with each member of a group.
      const called = next.form === 'group' ? ids(ctx.mentions.filter((m) => m.form === 'group' && m.start === next.start)) : [next.id];
      if (agents.length) return { participants: called.map((c) => roles(agents, [c], true)) };
    }
  }
  // "the BRICS summit", "NATO meeting": the body that holds it is not a party one meets.
  const possessors = possessor(ctx, hit.start, purpose);
  const hosts = new Set(possessors.filter((m) => m.kind === 'org').map((m) => m.id));
  let owners = ids(possessors.filter((m) => m.kind !== 'org'));
  if (owners.length === 0) owners = ids(genitiveAfter(ctx, hit.end, purpose));
  const between = ids(complement(ctx, hit.start, hit.end, ctx.lang.set.betweenWords, purpose, false));
  const partners = ids(complement(ctx, hit.start, hit.end, ctx.lang.set.withWords, purpose, false));
  if (between.length >= 2) return { participants: [roles(between, [], false)] };
  // "a call from Trump", "einen Anruf von Trump": the caller initiates, the subject receives.
  const callers = purpose === 'contact' ? ids(complement(ctx, hit.start, hit.end, ctx.lang.set.fromWords, purpose, false)) : [];
  if (callers.length === 1 && owners.length === 0) {
    const receivers = ids(agentOf(ctx, hit, purpose)).filter((x) => !callers.includes(x));
    if (receivers.length) return { participants: [roles(callers, receivers, true)] };
  }
  // "Macron held meetings with Zelensky and Starmer": the subject owns the meetings.
  if (owners.length === 0 && partners.length > 0) owners = ids(subjectLeft(ctx, hit.start, purpose, new Set([...partners, ...hosts])));
  // "the government's talks with the PKK" after "Turkey's talks with the PKK": the contact with that partner just reported.
  if (owners.length === 0 && partners.length > 0 && !subjectLeft(ctx, hit.start, purpose).length) {
    const recent = recentContact(hit.rule.type);
    if (recent.some((r) => partners.includes(r))) owners = recent.filter((r) => !partners.includes(r));
  }
  // "joined a video conference with X and Y": the subject of the verb whose object the noun is.
  if (owners.length === 0 && partners.length > 0) {
    const verb = ctx.hits.find((h) => h.rule.frame !== 'noun' && SPOKE_TO_TYPES.includes(h.rule.type) && h.end <= hit.start && hit.start - h.end <= CONTACT_OBJECT_GAP);
    if (verb) owners = ids(subjectLeft(ctx, verb.start, purpose, new Set([...partners, ...hosts])));
  }
  // "travelled to Beijing for talks with Wang Yi": the one who travelled holds them.
  const previous = ctx.events.at(-1);
  if (owners.length === 0 && partners.length > 0 && previous && SPOKE_TO_TYPES.includes(previous.type)) {
    owners = previousAgents(ctx).slice(0, 1).filter((x) => !partners.includes(x));
  }
  let found = [...new Set([...owners, ...partners])];
  // "the two leaders held talks": the pair just named.
  if (found.length === 0) found = pairParties(ctx, hit.start, recentContact());
  const sentencePersons = ids(ctx.mentions.filter((m) => m.kind === 'person' && ctx.eligible(m, purpose)));
  if (pluralPossessive(ctx, hit.start) && found.length < 2) {
    // "their call": the parties of the contact just reported, when the sentence names them.
    const recent = recentContact();
    if (recent.length >= 2 && recent.every((r) => sentencePersons.includes(r) || found.includes(r))) found = recent;
    else if (sentencePersons.length === 2) found = sentencePersons;
    else found = [...new Set([...found, ...recent])];
  }
  if (found.length === 1 || (found.length === 0 && partners.length === 0)) {
    const subject = ids(subjectLeft(ctx, hit.start, purpose, new Set([...found, ...hosts])));
    found = [...found, ...subject];
  }
  // "Trump stated that Putin ... during a phone call": a call or meeting introduced with "a" in a
  // sentence naming two persons and nobody else is theirs.
  if (found.length <= 1 && partners.length === 0 && (hit.rule.type === 'CALL' || hit.rule.type === 'MEETING')
    && indefinite(ctx, hit.start) && sentencePersons.length === 2 && found.every((f) => sentencePersons.includes(f))) {
    found = sentencePersons;
  }
  // "In a video call with Russian officials, Putin ...", "Stubb, speaking after talks with Trump, said":
  // a phrase set off by commas shares the sentence's subject.
  if (found.length === 1 && partners.length > 0) {
    const focus = ctx.doc.focus[ctx.s.index];
    if (focus && !found.includes(focus) && inSetOffPhrase(ctx, hit.start, focus)) found.push(focus);
  }
  // "The call was their first since March 18": a definite noun with nobody named is the contact just reported.
  if (found.length === 0 && definite(ctx, hit.start)) {
    const recent = recentContact(hit.rule.type);
    if (recent.length >= 2) found = recent;
  }
  const owner = found.filter((x) => !partners.includes(x));
  // "held meetings with Zelensky and Starmer": one each; "a video conference with Zelensky and Starmer": one for all.
  if (partners.length > 1 && owner.length > 0 && !singularNoun(ctx, hit)) return { participants: partners.map((p) => roles(owner, [p], false)) };
  return { participants: [roles(found, [], false)] };
}

/** The contact noun is one occasion: singular, after an indefinite article ("a video conference with X and Y"). */
function singularNoun(ctx: SentenceContext, hit: TriggerHit): boolean {
  return indefinite(ctx, hit.start) && !/s$/.test(ctx.lower[hit.end - 1]);
}

/** How many adverbs may stand between "and" and the verb ("and later also said"). */
const SHARED_ADVERBS = 2;

/**
 * "Trump met Zelensky ... and later said", "condemned the trip, writing on X",
 * "kritisierte den Besuch und erklärte": a reporting verb after "and" (or a participle after a
 * comma) shares the subject of the verb before it in the clause.
 */
function sharedSubject(ctx: SentenceContext, hit: TriggerHit): Mention[] {
  let j = hit.start - 1;
  for (let n = 0; j >= 0 && n < SHARED_ADVERBS && ctx.lang.set.coordinatedAdverbs.has(ctx.lower[j]); n++) j--;
  if (j < 0) return [];
  const w = ctx.lower[j];
  const participle = w === ',' && ctx.lower[hit.start].endsWith('ing');
  if (!participle && (w === ',' || !ctx.lang.set.coordinators.has(w))) return [];
  // The nearest earlier verb with a subject: "kritisierte den Angriff und erklärte" skips the noun "Angriff".
  const earlier = ctx.hits.filter((h) => h.end <= j && h.rule.frame !== 'noun' && h.rule.frame !== 'source').sort((a, b) => b.start - a.start);
  for (const prev of earlier) {
    for (let k = prev.end; k < j; k++) if (ctx.isBoundary(k) && !ctx.s.quoted[k]) return [];
    const left = subjectLeft(ctx, prev.start, 'speaker');
    if (left.length) return [left[left.length - 1]];
  }
  return [];
}

/** "Putin met Modi in Moscow, and officials said": the object of an earlier verb, then "and" and a new subject. */
function objectWithNewSubject(ctx: SentenceContext, m: Mention, hit: TriggerHit): boolean {
  if (!ctx.hits.some((h) => h.rule.frame !== 'noun' && h.rule.frame !== 'source' && h.end <= m.start)) return false;
  for (let k = m.end; k < hit.start - 1; k++) {
    if (!ctx.lang.set.coordinators.has(ctx.lower[k]) || ctx.lower[k] === ',') continue;
    const next = ctx.lower[k + 1];
    if (!ctx.lang.set.coordinatedAdverbs.has(next) && !ctx.startingAt(k + 1) && !ctx.lang.set.determiners.has(next)) return true;
  }
  return false;
}

/** How far a verb-final relative clause may run before its verb. */
const RELATIVE_WINDOW = 16;

/** "Nausėda, der die Stationierung als historischen Schritt bezeichnete": the antecedent of a verb-final relative clause. */
function relativeAntecedent(ctx: SentenceContext, hit: TriggerHit): Mention[] {
  const rel = ctx.lang.set.verbFinalRelative;
  if (rel.size === 0) return [];
  const next = ctx.lower[hit.end];
  if (next !== undefined && /^\p{L}/u.test(next)) return [];
  for (let j = hit.start - 1; j > 0 && hit.start - j <= RELATIVE_WINDOW; j--) {
    if (ctx.lower[j] === ',' && !ctx.s.quoted[j]) {
      if (!rel.has(ctx.lower[j + 1]) || ctx.startingAt(j + 1)) return [];
      const ante = ctx.endingAt(j);
      return ante && ante.kind === 'person' && ctx.eligible(ante, 'speaker') ? [ante] : [];
    }
    // Another verb ends the search; a capitalised noun trigger ("den Angriff") does not.
    if (ctx.hits.some((h) => h.end === j + 1 && h.rule.frame !== 'noun' && !ctx.s.tokens[h.start].cap)) return [];
  }
  return [];
}

/**
 * Is a speech trigger used as a verb? Not after "as" ("as announced", "wie angekündigt"), and a
 * word that is also a noun ("state", "claims") not where a noun stands: after a determiner, number
 * or adjective, or before another noun ("state media"). (Idioms: idiomAfter in cues.ts.)
 */
function verbReading(ctx: SentenceContext, hit: TriggerHit): boolean {
  const prev = ctx.lower[hit.start - 1] ?? '';
  if (ctx.lang.set.asWords.has(prev)) return false;
  // "paused promised weapon deliveries": a participle right after a verb that takes an event noun modifies that noun.
  for (let j = Math.max(0, hit.start - 2); j < hit.start; j++) if (ctx.lang.lightVerbs.longest(ctx.lower, j)?.end === hit.start) return false;
  if (hit.end - hit.start !== 1 || !ctx.lang.set.homographs.has(ctx.lower[hit.start])) return true;
  const before = ctx.endingAt(hit.start);
  if (ctx.lang.set.determiners.has(prev) || /^\d/.test(prev) || (before && before.form === 'adjective')) return false;
  if (hit.start > 0 && ctx.s.tokens[hit.start - 1].cap && !before) return false;
  // Only a base form modifies a following noun ("state media"); "vows retaliation" is a verb with its object.
  const next = ctx.lower[hit.end];
  const nounAfter = next !== undefined && !ctx.lower[hit.start].endsWith('s') && /^\p{Ll}/u.test(ctx.s.tokens[hit.end].text) && !ctx.lang.set.determiners.has(next)
    && !ctx.lang.set.prepositions.has(next) && !ctx.lang.set.subjectPronouns.has(next) && !ctx.lang.set.objectPronouns.has(next)
    && !ctx.lang.set.boundaries.has(next) && !ctx.lang.set.coordinatedAdverbs.has(next);
  return !nounAfter;
}

/** "..., says Paul Evans of X." / "..., said Putin on Tuesday": nothing but punctuation or a phrase follows the name. */
function endsAttribution(ctx: SentenceContext, end: number): boolean {
  const next = ctx.lower[end];
  return next === undefined || !/^\p{L}/u.test(next) || ctx.lang.set.prepositions.has(next);
}

function speaker(ctx: SentenceContext, hit: TriggerHit): FrameResult {
  let who: Mention[];
  if (hit.rule.frame === 'source') {
    // "nach Angaben der Nachrichtenagentur Reuters": a news outlet as source makes no statement of anybody's.
    const first = mentionSkippingDeterminers(ctx, hit.end, 3);
    if (first && ctx.isMedia(first)) return { participants: [] };
    // German "X zufolge": the source stands before the word.
    // "according to a paper by Paul Chambers": the author.
    const author = ctx.afterAuthoredNoun(hit.end);
    const written = author > hit.end ? ctx.startingAt(author) : undefined;
    who = hit.rule.sourceBefore ? subjectLeft(ctx, hit.start, 'speaker').slice(-1)
      : written ? [written].filter((m) => ctx.eligible(m, 'speaker')) : objectsRight(ctx, hit.end, 3, 'speaker', new Set());
  } else if (hit.rule.agent === 'possessor') {
    // "Mr Carney's comment that ...", "seine Rede": only the possessor speaks.
    who = possessor(ctx, hit.start, 'speaker').filter((m) => m.possessive || m.form === 'pronoun').slice(-1);
  } else {
    if (!verbReading(ctx, hit)) return { participants: [] };
    // "..., aides said", "sagten Diplomaten": unnamed sources right at the verb are its subject; nobody named speaks.
    if (ctx.lang.set.anonymous.has(ctx.lower[hit.start - 1] ?? '') || (ctx.lang.lexicon.speakerAfterVerb === 'always' && ctx.lang.set.anonymous.has(ctx.lower[hit.end] ?? ''))) {
      return { participants: [] };
    }
    // "the continued commitment", "the reported strike": a participle used as an adjective.
    // "paused promised deliveries": right after another verb it is an adjective too.
    if (hit.start > 0 && ctx.lang.set.determiners.has(ctx.lower[hit.start - 1])) return { participants: [] };
    if (ctx.hits.some((h) => h.end === hit.start && h.rule.frame !== 'noun')) return { participants: [] };
    // The nearest of coordinated speakers is the one the verb belongs to.
    const left = subjectLeft(ctx, hit.start, 'speaker');
    const prev = ctx.lower[hit.start - 1] ?? '';
    // '"...," said Trump', "The mood changed, says Paul Evans": after a quotation or a comma the speaker follows.
    const inverted = ctx.lang.lexicon.speakerAfterVerb === 'always' || prev === '"' || prev === ',';
    // "..., says Lucia Bird": a speaker right after a verb that follows a comma or quotation wins over the clause before it.
    const right = inverted ? subjectRight(ctx, hit.end, 'speaker') : [];
    const after = prev === '"' || (prev === ',' && right.length > 0 && endsAttribution(ctx, right[right.length - 1].end));
    who = after && right.length ? right : left.length ? [left[left.length - 1]] : right;
    // "Carney met Sheinbaum ... and later said": the object of the first verb is not the second one's subject.
    const shared = sharedSubject(ctx, hit);
    if (shared.length && (who.length === 0 || ctx.hits.some((h) => h.rule.frame !== 'noun' && h.end <= who[0].start && h.start > shared[0].start))) who = shared;
    else if (who.length && left.length && objectWithNewSubject(ctx, who[0], hit)) who = [];
    if (who.length === 0) who = relativeAntecedent(ctx, hit);
  }
  const m = who[0];
  if (!m) return { participants: [] };
  return { participants: [[{ actor: m.id, role: 'SPEAKER' }]], speaker: m };
}

export function applyFrame(ctx: SentenceContext, hit: TriggerHit, recentContact: RecentContact): FrameResult {
  switch (hit.rule.frame) {
    case 'speaker':
    case 'source':
      return speaker(ctx, hit);
    case 'agent-patient':
      return agentPatient(ctx, hit, recentContact);
    case 'agent-with':
      return agentWith(ctx, hit, recentContact);
    case 'recipient-from':
      return recipientFrom(ctx, hit);
    case 'noun':
      return noun(ctx, hit, recentContact);
    default: {
      const never: never = hit.rule.frame;
      throw new Error(`unknown trigger frame ${String(never)}`);
    }
  }
}
