/**
 * Dates stage: each event takes the date expression of its sentence nearest its trigger;
 * "the first discussion with Putin since May 19" adds the earlier contact on May 19 between
 * the same parties (same type as the contact it is compared with), so that two articles
 * reporting that contact give it one id. Unknown dates stay null.
 */
import { SPOKE_TO_TYPES } from '../../domain/enums';
import type { Event } from '../doc';
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
      const lower = doc.sentences[si].tokens.map((t) => t.lower);
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
      }
      for (const since of exprs.filter((x) => x.since && x.past)) added.push(...backReferences(doc.events, events, since));
    }
    doc.events.push(...added);
  },
};

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
