/**
 * The ISO calendar date check (src/domain/iso-date.ts), read digit by digit, against its
 * definition through a Date: the same answer for every day of years around each leap rule, and
 * for strings that are not dates.
 */
import { isIsoDate, parseIso } from '../../src/domain/iso-date';

/** The definition: a yyyy-mm-dd string whose day survives a round trip through a UTC Date. */
function byDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('ISO calendar dates', () => {
  it('agrees with the Date round trip on every month and day number of years around each leap rule', () => {
    let dates = 0;
    for (const year of [0, 4, 99, 100, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect([s, isIsoDate(s)]).toEqual([s, byDate(s)]);
          if (byDate(s)) dates++;
        }
      }
    }
    // 14 years, 6 of them leap years under the Gregorian rule (0, 4, 1600, 2000, 2024, 2400 are; 100, 1700, 1900, 2100 are not).
    expect(dates).toBe(14 * 365 + 6);
  });

  it.each([
    '2025-7-03', '2025-07-3', '25-07-03', '2025-07-031', '2025/07/03', '2025_07_03', '2025-07-03 ', ' 2025-07-03',
    '2025-07-0a', '２０２５-07-03', '+2025-07-03', '2025-07-03T00:00:00Z', '', '2025--7-03', '2025-0-703',
  ])('refuses %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(byDate(s)).toBe(false);
    expect(parseIso(s)).toBeNull();
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 20250703, new Date(0), ['2025-07-03'], { toString: () => '2025-07-03' }]) expect(isIsoDate(value)).toBe(false);
  });

  it('gives the UTC midnight of a date, years below 100 included', () => {
    expect(parseIso('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIso('0099-12-31')?.getUTCFullYear()).toBe(99);
    expect(parseIso('2023-02-29')).toBeNull();
  });
});
