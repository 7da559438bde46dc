/** Calendar arithmetic on ISO dates in UTC, so results never depend on the machine's zone or clock. */
import type { IsoDate } from '../../domain/extraction';
import { parseIso } from '../../domain/iso-date';

export function toIso(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parseIso(date);
  if (!d) return date;
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The most recent `weekday` (0 = Sunday) on or before `date`, or the next one after it. */
export function weekdayNear(date: IsoDate, weekday: number, direction: 'last' | 'next'): IsoDate {
  const d = parseIso(date);
  if (!d) return date;
  const diff = d.getUTCDay() - weekday;
  const back = ((diff % 7) + 7) % 7;
  return direction === 'last' ? addDays(date, -back) : addDays(date, 7 - back);
}

/** The first `weekday` on or after `date`. */
export function weekdayOnOrAfter(date: IsoDate, weekday: number): IsoDate {
  const d = parseIso(date);
  if (!d) return date;
  return addDays(date, (((weekday - d.getUTCDay()) % 7) + 7) % 7);
}

/** Month/day in the year of `ref`, or the year before when that would lie after `ref`. */
export function monthDayBefore(ref: IsoDate, month: number, day: number, allowFuture: boolean): IsoDate | null {
  const year = Number(ref.slice(0, 4));
  const make = (y: number): IsoDate | null => {
    const s = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return parseIso(s) ? s : null;
  };
  const same = make(year);
  if (!same) return null;
  if (same <= ref || allowFuture) return same;
  return make(year - 1);
}

export function makeDate(year: number, month: number, day: number): IsoDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIso(s) ? s : null;
}
