/**
 * The first index in [lo, hi) at which `passes` holds, for a test that is false and then true
 * along the range (hi when it never holds): the binary search of every sorted list of the
 * embedded store's indexes.
 */
export function firstWhere(lo: number, hi: number, passes: (k: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (passes(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
