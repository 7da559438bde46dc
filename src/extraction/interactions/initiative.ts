/**
 * Who initiated a contact when the trigger itself does not say: "at X's request", "at the
 * invitation of X", "auf Einladung von X", "auf deutsche Initiative" name X as initiator of the
 * contact in the same sentence or, when the sentence has none ("The call was made at Trump's
 * request"), of the nearest earlier contact X took part in. "X proposed a meeting between A and
 * B" / "X habe ein Treffen ... vorgeschlagen": X (or the party of X's country) initiates.
 */
import { SPOKE_TO_TYPES } from '../../domain/enums';
import type { Doc, Event, Mention } from '../doc';

/** How many sentences back a referring sentence may point. */
const BACK_WINDOW = 6;
/** How far the opening preposition may stand before the noun ("at the express invitation of"). */
const PHRASE_SPAN = 5;

type CountryOf = (id: string, kind: Mention['kind']) => string | null;

export function applyInitiative(doc: Doc, events: Event[], mentionsBy: Mention[][], countryOf: CountryOf): void {
  const lang = doc.lang;
  if (!lang) return;
  const contacts = new Map<number, Event[]>();
  for (const e of events) if (SPOKE_TO_TYPES.includes(e.type)) contacts.set(e.sentence, [...(contacts.get(e.sentence) ?? []), e]);
  const contactsIn = (si: number): Event[] => contacts.get(si) ?? [];
  for (const s of doc.sentences) {
    const lower = s.lower;
    const mentions = (mentionsBy[s.index] ?? []).filter((m) => m.kind !== 'blocker' && m.id);
    for (let i = 0; i < lower.length; i++) {
      if (s.quoted[i] || !lang.set.initiativeNouns.has(lower[i])) continue;
      let p = -1;
      for (let k = i - 1; k >= 0 && k >= i - PHRASE_SPAN; k--) {
        if (lang.set.initiativePrepositions.has(lower[k])) {
          p = k;
          break;
        }
      }
      if (p < 0) continue;
      const x = mentions.find((m) => m.start > p && m.end <= i) ?? mentions.find((m) => m.start > i && m.start <= i + 4);
      if (!x) continue;
      const country = countryOf(x.id, x.kind);
      if (contactsIn(s.index).filter((e) => setInitiator(e, x.id, country, countryOf)).length > 0) continue;
      for (let j = s.index - 1; j >= 0 && j >= s.index - BACK_WINDOW; j--) {
        if (contactsIn(j).filter((e) => setInitiator(e, x.id, country, countryOf)).length > 0) break;
      }
    }
    proposals(doc, lower, s.quoted, mentions, contactsIn(s.index), countryOf);
  }
}

/** "Kiew habe ein Treffen zwischen Selenskyj und Putin vorgeschlagen": the proposer initiates. */
function proposals(doc: Doc, lower: string[], quoted: boolean[], mentions: Mention[], here: Event[], countryOf: CountryOf): void {
  const verbs = doc.lang!.set.proposalVerbs;
  if (!lower.some((w, i) => verbs.has(w) && !quoted[i])) return;
  for (const e of here) {
    if (e.participants.some((p) => p.role === 'INITIATOR')) continue;
    const proposer = mentions.filter((m) => m.end <= e.trigger && !m.attributive).pop();
    if (!proposer) continue;
    // The verb must follow the proposer: "X proposed talks", "X habe Gespräche vorgeschlagen".
    if (!lower.some((w, i) => verbs.has(w) && !quoted[i] && i >= proposer.end)) continue;
    setInitiator(e, proposer.id, countryOf(proposer.id, proposer.kind), countryOf);
  }
}

/** Makes `id` (or the one participant of its country) the initiator; false when it takes no part. */
function setInitiator(e: Event, id: string, country: string | null, countryOf: CountryOf): boolean {
  const parties = e.participants.filter((p) => p.role !== 'SUBJECT' && p.role !== 'SPEAKER');
  let who = parties.find((p) => p.actor === id);
  if (!who && country) {
    const ofCountry = parties.filter((p) => p.actor !== country && countryOf(p.actor, 'person') === country);
    who = ofCountry.length === 1 ? ofCountry[0] : parties.find((p) => p.actor === country);
  }
  if (!who) return false;
  const side = countryOf(who.actor, 'person') ?? who.actor;
  for (const p of parties) {
    if (p === who) p.role = 'INITIATOR';
    else if (p.actor !== side && (countryOf(p.actor, 'person') ?? p.actor) !== side) p.role = 'RECIPIENT';
    else p.role = 'PARTICIPANT';
  }
  return true;
}
