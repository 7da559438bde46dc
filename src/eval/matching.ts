/**
 * The matching primitives of the scorer, ported from the reference scorer (shared/eval/score.mjs,
 * copied to test/eval/reference/): any change here changes every figure, so they stay as there.
 */

/**
 * Surface-form key for comparing names. Deliberately not `nameKey` (src/domain): the reference
 * also drops a possessive 's and keeps only a-z/0-9, and figures must agree with it.
 */
export function normName(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/['’`]s\b/g, '').replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface Named {
  name: string;
  aliases?: string[];
}

/** Every normalised surface form of an actor: its name and its aliases. */
export function surfaceForms(x: Named): Set<string> {
  return new Set([x.name, ...(x.aliases ?? [])].map(normName).filter(Boolean));
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f: number;
}

/** Precision, recall and F1; nothing predicted and nothing to find counts as perfect. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : (fn ? 0 : 1);
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p, r, f };
}

export interface Matching {
  /** predicted index -> gold index */
  pm: Map<number, number>;
  /** gold index -> predicted index */
  gm: Map<number, number>;
}

/** One-to-one greedy matching by descending score (ties in input order); score <= 0 never matches. */
export function greedyMatch<P, G>(preds: readonly P[], golds: readonly G[], score: (p: P, g: G) => number): Matching {
  const pairs: [number, number, number][] = [];
  preds.forEach((p, i) => golds.forEach((g, j) => {
    const s = score(p, g);
    if (s > 0) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const pm = new Map<number, number>();
  const gm = new Map<number, number>();
  for (const [, i, j] of pairs) if (!pm.has(i) && !gm.has(j)) { pm.set(i, j); gm.set(j, i); }
  return { pm, gm };
}

/** Same canonical name 3, one side's name among the other's forms 2, any shared surface form 1. */
export function matchByName(preds: readonly Named[], golds: readonly Named[]): Matching {
  return greedyMatch(preds, golds, (p, g) => {
    const pn = surfaceForms(p);
    const gn = surfaceForms(g);
    if (normName(p.name) === normName(g.name)) return 3;
    if (gn.has(normName(p.name)) || pn.has(normName(g.name))) return 2;
    // Same surface form in this article (one system writes "Zelenskyy", another "Zelensky").
    for (const n of pn) if (gn.has(n)) return 1;
    return 0;
  });
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  const union = A.size + B.size - inter;
  return union ? inter / union : 0;
}
