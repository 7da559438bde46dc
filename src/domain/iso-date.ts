/** The one check of an ISO calendar date (`2025-07-03`), shared by the API, ingestion and extraction. */
import type { IsoDate } from './extraction';

const DIGIT_0 = 0x30;
const HYPHEN = 0x2d;
/** Days per month of a common year; February of a leap year has 29. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for `yyyy-mm-dd` naming a day of the proleptic Gregorian calendar ("2025-02-30" is not
 * one). Read digit by digit, without a regular expression or a Date: the API checks every date
 * bound of every request with it.
 */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== HYPHEN || s.charCodeAt(7) !== HYPHEN) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = s.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

/** The UTC midnight of an ISO calendar date, or null when it is not one. */
export function parseIso(date: string): Date | null {
  if (!isIsoDate(date)) return null;
  // setUTCFullYear, not Date.UTC, which would read years 0-99 as 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d;
}
