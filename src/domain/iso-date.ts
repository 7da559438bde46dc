/** The one check of an ISO calendar date (`2025-07-03`), shared by the API, ingestion and extraction. */
import type { IsoDate } from './extraction';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of an ISO calendar date, or null when it is not one ("2025-02-30" is not). */
export function parseIso(date: string): Date | null {
  const m = ISO_RE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  // setUTCFullYear, not Date.UTC, which would read years 0-99 as 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month && d.getUTCDate() === day ? d : null;
}

export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && parseIso(s) !== null;
}
