/**
 * Dates stage: each event takes the date expression of its sentence nearest its trigger;
 * "the first discussion with Putin since May 19" adds the earlier contact on May 19 between
 * the same parties (same type as the contact it is compared with), so that two articles
 * reporting that contact give it one id. Unknown dates stay null.
 */
import { SPOKE_TO_TYPES } from '../../domain/enums';
import type { Doc, Event } from '../doc';
import { addDays } from '../lib/iso-date';
import type { TokenTrie } from '../lib/trie';
import { findDates, type DateExpression } from '../interactions/date-expressions';
import type { Stage } from '../stage';

const key = (e: Event): string => e.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actor).sort().join('+');

export const dates: Stage = {
  name: 'dates',
  requires: ['sentences', 'events', 'publishedAt', 'lang'],
  assigns: ['events'],
  run(doc) {
    const lang = doc.lang;
    if (!lang || doc.events.length === 0) return;
    const bySentence = new Map<number, Event[]>();
    for (const e of doc.events) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
    const added: Event[] = [];
    for (const [si, events] of bySentence) {
      const exprs = findDates(doc.sentences[si], lang.dates, doc.publishedAt);
      if (exprs.length === 0) continue;
      // "today" inside a quotation is the speaker's day, not the publication's.
      const quoted = doc.sentences[si].quoted;
      const lower = doc.sentences[si].lower;
      // "will meet on Monday" lies ahead; "talks scheduled for Monday" in a report may lie behind.
      const futureTense = lang.futureCues.scan(lower).length > 0;
      const own = exprs.filter((x) => !x.since && !quoted[x.start]);
      for (const e of events) {
        // A statement's date is when it was made: not a date inside what was said, never later than publication.
        const usable = e.type === 'STATEMENT'
          ? own.filter((x) => !afterReportLink(lower, lang.set.reportLinks, e.trigger, x.start)
            && (x.past === null || doc.publishedAt === null || x.past <= doc.publishedAt))
          : own;
        if (e.fixedDate || usable.length === 0) continue;
        const nearest = usable.reduce((a, b) => (Math.abs(b.start - e.trigger) < Math.abs(a.start - e.trigger) ? b : a));
        e.date = e.status === 'PLANNED' && futureTense ? nearest.future : nearest.past;
        // "Morgen kommt Milei mit Scholz zusammen": a contact dated after publication has not happened yet.
        if (e.date && doc.publishedAt && e.date > doc.publishedAt && e.type !== 'STATEMENT') e.status = 'PLANNED';
      }
      for (const since of exprs.filter((x) => x.since && x.past)) added.push(...backReferences(doc.events, events, since));
    }
    carryOver(doc, bySentence);
    doc.events.push(...added);
  },
};

/** How far back a dated sentence may lie: in the same paragraph, or within a few one-sentence paragraphs. */
const CARRY_WINDOW = 3;
const ANAPHORIC_WINDOW = 6;

/**
 * A contact with no date of its own takes the date of the nearest preceding sentence that fixes
 * one for the same occasion: "that evening" / "am Vortag" count from that date; otherwise the
 * sentence must refer back ("the talks", "dabei") or share two actors with it. Never a planned event.
 */
function carryOver(doc: Doc, bySentence: Map<number, Event[]>): void {
  const lang = doc.lang!;
  const countryOf = new Map(doc.persons.map((p) => [p.id, p.country]));
  const actorsOf = (ids: string[]): Set<string> => {
    const out = new Set<string>();
    // Persons count as their country: two sentences about the same two states share two actors.
    for (const id of ids) out.add(countryOf.get(id) ?? id);
    return out;
  };
  const mentionIds = new Map<number, string[]>();
  for (const m of doc.mentions) if (m.id) mentionIds.set(m.sentence, [...(mentionIds.get(m.sentence) ?? []), m.id]);
  const fixed = new Map<number, string | null>();
  const dateOf = (j: number): string | null => {
    if (fixed.has(j)) return fixed.get(j)!;
    const dated = (bySentence.get(j) ?? []).find((x) => x.type !== 'STATEMENT' && x.status === 'OCCURRED' && x.date);
    let date = dated?.date ?? null;
    if (!date) {
      const s = doc.sentences[j];
      const lower = s.lower;
      const planned = (bySentence.get(j) ?? []).some((x) => x.status === 'PLANNED') || lang.futureCues.scan(lower).length > 0;
      const own = findDates(s, lang.dates, doc.publishedAt)
        // A date after publication belongs to something still ahead ("before he takes office on January 20").
        .filter((x) => !x.since && !s.quoted[x.start] && x.past && (doc.publishedAt === null || x.past <= doc.publishedAt));
      if (!planned && own.length > 0) date = own[0].past;
    }
    fixed.set(j, date);
    return date;
  };
  for (const si of [...bySentence.keys()].sort((a, b) => a - b)) {
    const s = doc.sentences[si];
    const lower = s.lower;
    const offset = firstPhrase(lower, s.quoted, lang.dates.anaphoric);
    const refersBack = firstPhrase(lower, s.quoted, lang.dates.backReferences) !== null;
    for (const e of bySentence.get(si)!) {
      if (e.date || e.fixedDate || e.status !== 'OCCURRED' || !SPOKE_TO_TYPES.includes(e.type)) continue;
      const own = actorsOf(e.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actor));
      const sharedWith = (ids: string[]): number => {
        const theirs = actorsOf(ids);
        return [...own].filter((a) => theirs.has(a)).length;
      };
      // "after the call": the nearest earlier dated contact of the same parties is the one meant.
      if (refersBack && offset === null) {
        for (let j = si - 1; j >= 0 && j >= si - ANAPHORIC_WINDOW && !e.date; j--) {
          const contact = (bySentence.get(j) ?? []).find((x) => SPOKE_TO_TYPES.includes(x.type) && x.status === 'OCCURRED' && x.date
            && sharedWith(x.participants.map((p) => p.actor)) > 0);
          if (contact) e.date = contact.date;
        }
        if (e.date) continue;
      }
      for (let j = si - 1; j >= 0 && j >= si - (offset !== null ? ANAPHORIC_WINDOW : CARRY_WINDOW); j--) {
        const date = dateOf(j);
        if (!date) continue;
        if (offset !== null) {
          e.date = addDays(date, offset);
        } else {
          const shared = sharedWith([
            ...(bySentence.get(j) ?? []).flatMap((x) => x.participants.map((p) => p.actor)),
            ...(mentionIds.get(j) ?? []),
          ]);
          if ((refersBack && shared > 0) || shared >= 2) e.date = date;
        }
        break;
      }
    }
  }
}

/** Value of the first lexicon phrase outside quotations, or null. */
function firstPhrase<V>(lower: string[], quoted: boolean[], trie: TokenTrie<V>): V | null {
  for (let i = 0; i < lower.length; i++) {
    const hit = trie.longest(lower, i);
    if (hit && !quoted[i]) return hit.values[0];
  }
  return null;
}

/** Is there a "that"/"dass" between the trigger and the date (the date is in the reported content)? */
function afterReportLink(lower: string[], links: Set<string>, trigger: number, at: number): boolean {
  if (at <= trigger) return false;
  for (let j = trigger + 1; j < at; j++) if (links.has(lower[j])) return true;
  return false;
}

/** "(first) discussion with X since <date>": the previous contact of the same parties on that date. */
function backReferences(all: Event[], events: Event[], since: DateExpression): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    if (!SPOKE_TO_TYPES.includes(e.type) || since.start < e.trigger) continue;
    const k = key(e);
    const antecedent = all.slice(0, all.indexOf(e) + 1).reverse()
      .find((x) => SPOKE_TO_TYPES.includes(x.type) && x.type !== 'CONSULTATION' && key(x) === k);
    out.push({
      ...e, type: antecedent?.type ?? e.type, rule: `${e.rule}+since`, status: 'OCCURRED', date: since.past,
      fixedDate: true, participants: e.participants.map((p) => ({ ...p })), sentences: [...e.sentences],
    });
  }
  return out;
}
