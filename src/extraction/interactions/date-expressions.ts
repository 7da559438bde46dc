/**
 * Finds date expressions in a sentence and resolves them against the publication date, never
 * the clock: "on Monday" / "am Montag" is the last such weekday on or before publication,
 * "July 3" / "3. Juli" that day in the publication year (the year before when that would lie
 * after publication, unless the event is planned), "yesterday", "gestern" ... Periods ("last
 * week") give no day.
 */
import type { CompiledDates } from '../../knowledge/compile-language';
import type { Sentence } from '../doc';
import { addDays, makeDate, monthDayBefore, weekdayNear, weekdayOnOrAfter } from '../lib/iso-date';

export interface DateExpression {
  start: number;
  end: number;
  /** Resolved for an event that already happened, and for one announced in the future tense. */
  past: string | null;
  future: string | null;
  /** Follows "since"/"seit": the date of an earlier event. */
  since: boolean;
}

const YEAR_RE = /^(19|20)\d\d$/;

function dayNumber(text: string): number | null {
  if (!/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 31 ? n : null;
}

export function findDates(s: Sentence, d: CompiledDates, publishedAt: string | null): DateExpression[] {
  const toks = s.tokens;
  const lower = toks.map((t) => t.lower);
  const out: DateExpression[] = [];
  const push = (start: number, end: number, past: string | null, future: string | null): void => {
    let j = start - 1;
    while (j >= 0 && (lower[j] === 'on' || lower[j] === 'am' || lower[j] === 'dem' || lower[j] === 'the')) j--;
    out.push({ start, end, past, future, since: j >= 0 && d.since.has(lower[j]) });
  };
  for (let i = 0; i < toks.length; i++) {
    const vague = d.vague.longest(lower, i);
    if (vague) {
      i = vague.end - 1;
      continue;
    }
    const rel = d.relative.longest(lower, i);
    if (rel && (!toks[i].cap || i === 0)) {
      const date = publishedAt ? addDays(publishedAt, rel.values[0]) : null;
      push(i, rel.end, date, date);
      i = rel.end - 1;
      continue;
    }
    const t = toks[i];
    const month = t.cap ? d.months.get(lower[i]) : undefined;
    if (month !== undefined) {
      const day = dayNumber(lower[i + 1] ?? '');
      if (day !== null) {
        let end = i + 2;
        let year: number | null = null;
        if (lower[end] === ',' && YEAR_RE.test(lower[end + 1] ?? '')) {
          year = Number(lower[end + 1]);
          end += 2;
        } else if (YEAR_RE.test(lower[end] ?? '')) {
          year = Number(lower[end]);
          end += 1;
        }
        push(i, end, ...resolveMonthDay(publishedAt, month, day, year));
        i = end - 1;
        continue;
      }
    }
    const day = dayNumber(lower[i]);
    if (day !== null) {
      // "3 July", "3. Juli", "3rd of July" are rare enough to read only the first two.
      const k = lower[i + 1] === '.' ? i + 2 : i + 1;
      const m = toks[k]?.cap ? d.months.get(lower[k]) : undefined;
      if (m !== undefined) {
        let end = k + 1;
        let year: number | null = null;
        if (YEAR_RE.test(lower[end] ?? '')) {
          year = Number(lower[end]);
          end += 1;
        }
        push(i, end, ...resolveMonthDay(publishedAt, m, day, year));
        i = end - 1;
        continue;
      }
    }
    const weekday = t.cap ? d.weekdays.get(lower[i]) : undefined;
    if (weekday !== undefined) {
      const prev = lower[i - 1] ?? '';
      const next = d.next.has(prev);
      const last = d.last.has(prev);
      const past = publishedAt ? weekdayNear(publishedAt, weekday, next ? 'next' : 'last') : null;
      const future = publishedAt ? (next ? past : last ? past : weekdayOnOrAfter(publishedAt, weekday)) : null;
      push(next || last ? i - 1 : i, i + 1, past, future);
    }
  }
  return out;
}

function resolveMonthDay(publishedAt: string | null, month: number, day: number, year: number | null): [string | null, string | null] {
  if (year !== null) {
    const d = makeDate(year, month, day);
    return [d, d];
  }
  if (!publishedAt) return [null, null];
  return [monthDayBefore(publishedAt, month, day, false), monthDayBefore(publishedAt, month, day, true)];
}
