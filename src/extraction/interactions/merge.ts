/**
 * One interaction per real event per article: statements of one speaker on one occasion
 * become one; repeated reports of one contact ("the call", "their phone call", "sein geplantes
 * Gespräch mit Putin") join the contact they refer to; exact repeats of other events join.
 */
import { SPOKE_TO_TYPES } from '../../domain/enums';
import type { ParticipantRole } from '../../domain/enums';
import type { Event, Participant } from '../doc';

const nonSubjects = (e: Event): string[] => e.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actor);
const actorsKey = (e: Event): string => nonSubjects(e).sort().join('+');

/** An earlier contact named only by its date ("since March 18") is never the undated one reported. */
const compatibleDates = (a: Event, b: Event): boolean => {
  if (a.fixedDate || b.fixedDate) return a.date === b.date;
  return a.date === null || b.date === null || a.date === b.date;
};

const ROLE_RANK: Record<ParticipantRole, number> = { PARTICIPANT: 0, SUBJECT: 0, RECIPIENT: 1, SPEAKER: 2, INITIATOR: 2 };

function absorb(into: Event, e: Event): void {
  into.date = into.date ?? e.date;
  into.place = into.place ?? e.place;
  into.quote = into.quote ?? e.quote;
  if (e.status === 'OCCURRED') into.status = 'OCCURRED';
  for (const t of e.topics) if (!into.topics.includes(t)) into.topics.push(t);
  // Sorted once after merging: re-sorting here would make a long article quadratic.
  into.sentences.push(...e.sentences);
  // Initiator and recipient, once known from any report, win over plain participation.
  const intoRank = Math.max(...into.participants.map((p) => ROLE_RANK[p.role]));
  const eRank = Math.max(...e.participants.map((p) => ROLE_RANK[p.role]));
  if (into.type !== 'STATEMENT' && eRank > intoRank) {
    into.participants = [...e.participants.filter((p) => p.role !== 'SUBJECT'), ...into.participants.filter((p) => p.role === 'SUBJECT')];
  }
  const have = new Set(into.participants.map((p) => p.actor));
  for (const p of e.participants) {
    if (p.role === 'SUBJECT' && !have.has(p.actor)) {
      into.participants.push({ ...p });
      have.add(p.actor);
    }
  }
  // The more specific report ("telefonierte" over the headline's "beraten") is the evidence.
  if (into.type === 'CONSULTATION' && e.type !== 'CONSULTATION') {
    into.type = e.type;
    into.rule = e.rule;
    into.sentence = e.sentence;
    into.trigger = e.trigger;
  }
}

/**
 * A planned call or meeting and one that occurred are two events ("would call each side" and the
 * call "when the fighting first flared up"; a handshake in October and an accepted invitation),
 * unless one date ties them. Vaguer reports (conversations, talks) may be the plan of the contact
 * that then took place ("kündigte sein geplantes Gespräch mit Putin an").
 */
const compatibleStatus = (a: Event, b: Event): boolean => a.status === b.status || (a.date !== null && a.date === b.date)
  || [a.type, b.type].some((t) => t === 'CONSULTATION' || t === 'TALKS');

function contactCompatible(a: Event, b: Event): boolean {
  return (a.type === b.type || a.type === 'CONSULTATION' || b.type === 'CONSULTATION')
    && actorsKey(a) === actorsKey(b) && compatibleDates(a, b) && compatibleStatus(a, b);
}

const isCountry = (id: string): boolean => /^[A-Z]{3}$/.test(id);
const countriesKey = (e: Event): string => e.participants.filter((p) => p.role !== 'SUBJECT' && isCountry(p.actor)).map((p) => p.actor).sort().join('+');

/** Talks between the same delegations, once with and once without their negotiators named, are one event. */
function talksCompatible(a: Event, b: Event): boolean {
  return a.type === 'TALKS' && b.type === 'TALKS' && a.status === b.status && countriesKey(a) !== ''
    && countriesKey(a) === countriesKey(b) && compatibleDates(a, b);
}

function joinParticipants(into: Event, e: Event): void {
  const have = new Set(into.participants.map((p) => p.actor));
  for (const p of e.participants) if (!have.has(p.actor)) into.participants.push({ ...p });
}

/** Bucket key: only events with the same key can be one event (keeps merging linear). */
function bucketOf(e: Event): string {
  if (e.type === 'STATEMENT') return `s:${e.participants[0]?.actor ?? ''}`;
  if (e.type === 'TALKS' && countriesKey(e)) return `t:${countriesKey(e)}`;
  if (SPOKE_TO_TYPES.includes(e.type)) return `c:${actorsKey(e)}`;
  return `${e.type}:${directedKey(e)}`;
}

/** "Norway accused Sweden ... Sweden accused Norway": who initiates a criticism or appeal tells two events apart. */
const directedKey = (e: Event): string => e.participants.filter((p) => p.role !== 'SUBJECT')
  .map((p) => `${p.role === 'INITIATOR' ? '>' : ''}${p.actor}`).sort().join('+');

function matches(x: Event, e: Event): boolean {
  if (e.type === 'STATEMENT') return x.type === 'STATEMENT' && x.participants[0]?.actor === e.participants[0]?.actor && compatibleDates(x, e);
  if (talksCompatible(x, e)) return true;
  if (SPOKE_TO_TYPES.includes(e.type)) return SPOKE_TO_TYPES.includes(x.type) && contactCompatible(x, e);
  return x.type === e.type && directedKey(x) === directedKey(e) && compatibleDates(x, e);
}

/** Specificity of a contact type: a phone call over talks between delegations over a meeting over conferring. */
const SPECIFIC: Partial<Record<Event['type'], number>> = { CALL: 3, TALKS: 2, MEETING: 1, CONSULTATION: 0 };

/** The persons and bodies of a contact (talks add their delegations' countries), else its countries. */
const partiesKey = (e: Event): string => {
  const main = e.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actor);
  const named = main.filter((a) => !isCountry(a));
  return (named.length >= 2 ? named : main).sort().join('+');
};

/**
 * One event, one type: the contacts one sentence states between the same parties ("met ... for
 * talks", "held talks by phone") are one, of the most specific type among them.
 */
export function oneTypePerMention(events: Event[]): Event[] {
  const best = new Map<string, Event>();
  for (const e of events) {
    if (!SPOKE_TO_TYPES.includes(e.type)) continue;
    const k = `${e.sentence}|${e.status}|${e.fixedDate ? `since:${e.date}` : ''}|${partiesKey(e)}`;
    const had = best.get(k);
    // Two reports of one type are left to the merge below ("the call ... their first since March 18").
    if (!had || (SPECIFIC[e.type] ?? 0) > (SPECIFIC[had.type] ?? 0)) best.set(k, e);
  }
  const out: Event[] = [];
  for (const e of events) {
    const k = `${e.sentence}|${e.status}|${e.fixedDate ? `since:${e.date}` : ''}|${partiesKey(e)}`;
    const win = SPOKE_TO_TYPES.includes(e.type) ? best.get(k) : undefined;
    if (!win || win === e) {
      out.push(e);
      continue;
    }
    win.date = win.date ?? e.date;
    win.place = win.place ?? e.place;
    const initiator = e.participants.find((p) => p.role === 'INITIATOR');
    if (initiator && !win.participants.some((p) => p.role === 'INITIATOR')) {
      for (const p of win.participants) {
        if (p.role !== 'PARTICIPANT') continue;
        if (p.actor === initiator.actor) p.role = 'INITIATOR';
        else if (e.participants.some((q) => q.actor === p.actor && q.role === 'RECIPIENT')) p.role = 'RECIPIENT';
      }
    }
  }
  return out;
}

/** Reports that may name the occasion of another contact: contact nouns and visits ("visited Kyiv and met Zelenskyy"). */
const occasionLike = (e: Event): boolean => e.rule.endsWith('.noun') || e.rule.endsWith('.visit');

/**
 * A contact noun in a sentence whose verb reports a contact among more parties than the noun's
 * ("convened the leaders of A and B on the sidelines of a regional summit"), or among the persons
 * who serve the noun's countries ("during his visit to Kyiv, Merz met Zelenskyy"), names the
 * occasion of that contact, not another contact. (Among the same parties, the most specific type
 * wins: oneTypePerMention.)
 */
export function occasionsOfVerbs(events: Event[], countryOf: (id: string) => string | null = () => null): Event[] {
  const verbs = events.filter((e) => SPOKE_TO_TYPES.includes(e.type) && !occasionLike(e));
  // "During his visit to Kyiv, Merz met Zelenskyy": a country is covered by a party who serves it.
  const covers = (v: Event, a: string): boolean => nonSubjects(v).some((x) => x === a || countryOf(x) === a);
  return events.filter((e) => {
    if (!SPOKE_TO_TYPES.includes(e.type) || !occasionLike(e)) return true;
    const parties = nonSubjects(e);
    const host = verbs.find((v) => v.sentence === e.sentence && v.status === e.status && parties.every((a) => covers(v, a))
      && (nonSubjects(v).length > parties.length || parties.some((a) => !nonSubjects(v).includes(a))));
    if (!host) return true;
    host.date = host.date ?? e.date;
    host.place = host.place ?? e.place;
    return false;
  });
}

export function mergeEvents(events: Event[], countryOf?: (id: string) => string | null): Event[] {
  const ordered = [...oneTypePerMention(occasionsOfVerbs(events, countryOf))].sort((a, b) => a.sentence - b.sentence || a.trigger - b.trigger);
  const out: Event[] = [];
  const buckets = new Map<string, Event[]>();
  for (const e of ordered) {
    const key = bucketOf(e);
    const keys = [key];
    // Talks with persons also sit in their contact bucket ("Araghchi and Witkoff held talks").
    if (key.startsWith('t:')) keys.push(`c:${actorsKey(e)}`);
    let target: Event | undefined;
    for (const k of keys) {
      target = buckets.get(k)?.find((x) => matches(x, e));
      if (target) break;
    }
    if (target) {
      const talks = talksCompatible(target, e);
      const before = target.participants.map((p): Participant => ({ ...p }));
      absorb(target, e);
      if (talks) {
        joinParticipants(target, { ...e, participants: before });
        joinParticipants(target, e);
      }
    } else {
      const copy = { ...e, sentences: [...e.sentences], participants: e.participants.map((p): Participant => ({ ...p })) };
      out.push(copy);
      for (const k of keys) {
        const list = buckets.get(k) ?? [];
        list.push(copy);
        buckets.set(k, list);
      }
    }
  }
  for (const e of out) e.sentences = [...new Set(e.sentences)].sort((a, b) => a - b);
  return out;
}
