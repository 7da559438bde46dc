/**
 * A small seeded PRNG (mulberry32) so the synthetic corpus is the same on every machine and
 * every run: the same seed gives the same articles, byte for byte.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('Prng.pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** Index drawn with weight 1/(rank+1)^s: a few popular items and a long tail. */
  zipf(n: number, s = 1): number {
    let total = 0;
    for (let k = 1; k <= n; k++) total += 1 / k ** s;
    let r = this.next() * total;
    for (let k = 1; k <= n; k++) {
      r -= 1 / k ** s;
      if (r <= 0) return k - 1;
    }
    return n - 1;
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `n` distinct items (or all of them when there are fewer). */
  sample<T>(xs: readonly T[], n: number): T[] {
    return this.shuffle(xs).slice(0, n);
  }
}
