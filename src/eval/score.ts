/**
 * Scores a prediction against gold articles: the metrics, matching rules and notes of the
 * reference scorer (shared/eval/score.mjs, copied to test/eval/reference/), which
 * test/eval/agreement.test.ts holds it to.
 *
 * Persons and organizations match by name (any shared surface form); interactions match within
 * a type class (spoke-to, statement, or their own type) by Jaccard overlap of participants, a
 * statement by its speaker. Optional gold items absorb predictions without counting either way.
 */
import { basename } from 'node:path';
import { SPOKE_TO_TYPES } from '../domain/enums';
import type { GoldArticle } from './gold';
import { greedyMatch, jaccard, matchByName, prf } from './matching';
import type { Prf } from './matching';
import type { PredictedArticle, Prediction } from './prediction';

export type TopicScore = Prf | { tp: number; fp: number; fn: number; p: null; r: null; f: null };

export interface ArticleNotes {
  article: string;
  /** No predicted article has this file name. */
  missing: boolean;
  /** Misses, extras and wrong attributes, for `--verbose`. */
  notes: string[];
}

export interface EvalResult {
  articles: number;
  missingArticles: number;
  persons: Prf;
  countries: Prf;
  organizations: Prf;
  /** Spoke-to: CALL, MEETING, TALKS, CONSULTATION. */
  contact: Prf;
  statement: Prf;
  /** APPEAL, CRITICISM, ATTACK, AID. */
  other: Prf;
  /** Accuracies over matched items; null when nothing was there to judge. */
  roleAccuracy: number | null;
  personCountryAccuracy: number | null;
  contactTypeAccuracy: number | null;
  contactDateAccuracy: number | null;
  initiatorAccuracy: number | null;
  statusAccuracy: number | null;
  topics: TopicScore;
  /** Gold pairs of one spoke-to event reported by two articles, and how many share a predicted id. */
  dedup: { pairs: number; sameId: number; unmatched: number };
  /** Mean F1 of persons, countries, spoke-to and statements. */
  score: number;
  perArticle: ArticleNotes[];
}

const CONTACT = new Set<string>(SPOKE_TO_TYPES);
const typeClass = (t: string) => (CONTACT.has(t) ? 'contact' : t === 'STATEMENT' ? 'statement' : t);
/** The three event rows of the report. */
const eventClass = (t: string) => (typeClass(t) === 'contact' ? 'contact' : typeClass(t) === 'statement' ? 'statement' : 'other');

/** Named counts summed over articles ("persons.tp", "role.ok", …). */
class Tally {
  private readonly counts = new Map<string, number>();
  add(name: string, n: number): void { this.counts.set(name, (this.counts.get(name) ?? 0) + n); }
  get(name: string): number { return this.counts.get(name) ?? 0; }
  /** `tp` of `predicted` items were right, and of `gold` items. */
  addMatches(name: string, tp: number, predicted: number, gold: number): void {
    this.add(`${name}.tp`, tp);
    this.add(`${name}.fp`, predicted - tp);
    this.add(`${name}.fn`, gold - tp);
  }
}

const EMPTY: PredictedArticle = { file: '', persons: [], countries: [], organizations: [], interactions: [] };

export function scoreExtraction(golds: readonly GoldArticle[], prediction: Prediction): EvalResult {
  const predByFile = new Map(prediction.articles.map((a) => [basename(a.file), a]));
  const totals = new Tally();
  const secondary = new Tally();
  const dedupIds = new Map<string, string>(); // "article#goldIndex" -> predicted interaction id
  const perArticle = golds.map((gold) => scoreArticle(gold, predByFile.get(basename(gold.article)), totals, secondary, dedupIds));
  const dedup = scoreDedup(golds, dedupIds);

  const m = (c: string) => prf(totals.get(`${c}.tp`), totals.get(`${c}.fp`), totals.get(`${c}.fn`));
  const ratio = (n: string) => (secondary.get(`${n}.n`) ? secondary.get(`${n}.ok`) / secondary.get(`${n}.n`) : null);
  const [ttp, tfp, tfn] = [secondary.get('topic.tp'), secondary.get('topic.fp'), secondary.get('topic.fn')];
  const topics: TopicScore = ttp + tfp + tfn ? prf(ttp, tfp, tfn) : { tp: 0, fp: 0, fn: 0, p: null, r: null, f: null };
  const persons = m('persons');
  const countries = m('countries');
  const contact = m('contact');
  const statement = m('statement');
  // Key order is the reference scorer's, so `--json` prints the same document.
  return {
    articles: golds.length,
    missingArticles: perArticle.filter((r) => r.missing).length,
    persons, countries, organizations: m('orgs'), contact, statement, other: m('other'),
    roleAccuracy: ratio('role'), personCountryAccuracy: ratio('pcountry'),
    contactTypeAccuracy: ratio('type'), contactDateAccuracy: ratio('date'),
    initiatorAccuracy: ratio('init'), statusAccuracy: ratio('status'), topics,
    dedup,
    score: (persons.f + countries.f + contact.f + statement.f) / 4,
    perArticle,
  };
}

function scoreArticle(
  gold: GoldArticle, predicted: PredictedArticle | undefined,
  totals: Tally, secondary: Tally, dedupIds: Map<string, string>,
): ArticleNotes {
  const art = basename(gold.article);
  const p = predicted ?? EMPTY;
  const notes: string[] = [];

  // Persons
  const gp = gold.persons;
  const pp = p.persons;
  const pm = matchByName(pp, gp);
  totals.addMatches('persons', pm.pm.size, pp.length, gp.length);
  for (const [i, j] of pm.pm) {
    secondary.add('role.n', 1);
    if (pp[i].role === gp[j].role) secondary.add('role.ok', 1);
    else notes.push(`role ${gp[j].name}: ${pp[i].role} != ${gp[j].role}`);
    secondary.add('pcountry.n', 1);
    if ((pp[i].country ?? null) === (gp[j].country ?? null)) secondary.add('pcountry.ok', 1);
    else notes.push(`country of ${gp[j].name}: ${pp[i].country} != ${gp[j].country}`);
  }
  gp.forEach((g, j) => { if (!pm.gm.has(j)) notes.push(`missed person ${g.name}`); });
  pp.forEach((x, i) => { if (!pm.pm.has(i)) notes.push(`extra person ${x.name}`); });

  // Countries
  const gc = new Set(gold.countries);
  const pc = new Set(p.countries.map((c) => c.id.toUpperCase()));
  let ctp = 0;
  for (const c of pc) if (gc.has(c)) ctp++;
  totals.addMatches('countries', ctp, pc.size, gc.size);
  for (const c of gc) if (!pc.has(c)) notes.push(`missed country ${c}`);
  for (const c of pc) if (!gc.has(c)) notes.push(`extra country ${c}`);

  // Organizations
  const go = gold.organizations;
  const po = p.organizations;
  const om = matchByName(po, go);
  totals.addMatches('orgs', om.pm.size, po.length, go.length);

  // Predicted actor ids -> gold keys (person/organization canonical name, country code).
  const key = new Map<string, string>();
  pp.forEach((x, i) => key.set(x.id, pm.pm.has(i) ? gp[pm.pm.get(i)!].name : `?person:${x.id}`));
  po.forEach((x, i) => key.set(x.id, om.pm.has(i) ? go[om.pm.get(i)!].name : `?org:${x.id}`));
  for (const c of p.countries) key.set(c.id, c.id.toUpperCase());
  const k = (id: string) => key.get(id) ?? (/^[A-Z]{3}$/.test(id) ? id : `?${id}`);

  // Interactions, matched within type class.
  const gi = gold.interactions;
  const pi = p.interactions;
  const pParts = pi.map((x) => x.participants.filter((q) => q.role !== 'SUBJECT').map((q) => k(q.actor)));
  const pSpeaker = pi.map((x) => {
    const s = x.participants.find((q) => q.role === 'SPEAKER') ?? x.participants[0];
    return s ? k(s.actor) : null;
  });
  const pAbout = pi.map((x) => x.participants.filter((q) => q.role === 'SUBJECT').map((q) => k(q.actor)));
  const score = (i: number, j: number): number => {
    const P = pi[i];
    const G = gi[j];
    if (typeClass(P.type) !== typeClass(G.type)) return 0;
    if (typeClass(G.type) === 'statement') {
      if (pSpeaker[i] !== G.participants[0]) return 0;
      return 1 + jaccard(pAbout[i], G.about ?? []) + (P.date && P.date === G.date ? 0.5 : 0);
    }
    const jc = jaccard(pParts[i], G.participants);
    if (jc < 0.6) return 0;
    return jc + (P.date && P.date === G.date ? 0.5 : 0) + (P.type === G.type ? 0.25 : 0);
  };
  // Required gold first, then optional gold absorbs what is left without counting.
  const predIdx = pi.map((_, i) => i);
  const req = gi.map((_, j) => j).filter((j) => !gi[j].optional);
  const optl = gi.map((_, j) => j).filter((j) => gi[j].optional);
  const m1 = greedyMatch(predIdx, req, score);
  const left = predIdx.filter((i) => !m1.pm.has(i));
  const m2 = greedyMatch(left, optl, score);
  const matched = new Map<number, number>(); // pred index -> gold index
  for (const [a, b] of m1.pm) matched.set(a, req[b]);
  const absorbed = new Set([...m2.pm.keys()].map((a) => left[a]));
  for (const [a, b] of m2.pm) matched.set(left[a], optl[b]);

  pi.forEach((x, i) => {
    const c = eventClass(x.type);
    if (matched.has(i) && !absorbed.has(i)) totals.add(`${c}.tp`, 1);
    else if (!matched.has(i)) {
      totals.add(`${c}.fp`, 1);
      notes.push(`extra ${x.type} ${pParts[i].join('+')} ${x.date ?? ''}`);
    }
  });
  const matchedGold = new Set(matched.values());
  for (const j of req) {
    if (matchedGold.has(j)) continue;
    totals.add(`${eventClass(gi[j].type)}.fn`, 1);
    notes.push(`missed ${gi[j].type} ${gi[j].participants.join('+')} ${gi[j].date ?? ''}`);
  }
  for (const [i, j] of matched) {
    const P = pi[i];
    const G = gi[j];
    dedupIds.set(`${art}#${j}`, P.id);
    if (eventClass(G.type) !== 'contact') continue;
    secondary.add('type.n', 1);
    if (P.type === G.type) secondary.add('type.ok', 1);
    if (G.date) {
      secondary.add('date.n', 1);
      if (P.date === G.date) secondary.add('date.ok', 1);
      else notes.push(`date ${G.type} ${G.participants.join('+')}: ${P.date} != ${G.date}`);
    }
    if (G.initiator) {
      secondary.add('init.n', 1);
      const ini = P.participants.find((q) => q.role === 'INITIATOR');
      if (ini && k(ini.actor) === G.initiator) secondary.add('init.ok', 1);
    }
    secondary.add('status.n', 1);
    if ((P.status ?? 'OCCURRED') === (G.status ?? 'OCCURRED')) secondary.add('status.ok', 1);
    const pt = new Set(P.topics ?? []);
    const gt = new Set(G.topics ?? []);
    let tt = 0;
    for (const t of pt) if (gt.has(t)) tt++;
    secondary.addMatches('topic', tt, pt.size, gt.size);
  }
  return { article: art, missing: predicted === undefined, notes };
}

/** Cross-article event identity: gold says two reports are one spoke-to event -> same predicted id. */
function scoreDedup(golds: readonly GoldArticle[], dedupIds: Map<string, string>): EvalResult['dedup'] {
  let pairs = 0;
  let sameId = 0;
  let unmatched = 0;
  for (const gold of golds) {
    const art = basename(gold.article);
    for (const s of gold.sameEventAs) {
      const otherArt = basename(s.article);
      if (art > otherArt) continue; // count each pair once
      const other = golds.find((g) => basename(g.article) === otherArt);
      const ga = gold.interactions[s.interaction];
      const gb = other?.interactions[s.otherIndex];
      if (!ga || !gb || !CONTACT.has(ga.type) || !CONTACT.has(gb.type)) continue; // identity is required of spoke-to events
      const a = dedupIds.get(`${art}#${s.interaction}`);
      const b = dedupIds.get(`${otherArt}#${s.otherIndex}`);
      pairs++;
      if (a === undefined || b === undefined) unmatched++;
      else if (a === b) sameId++;
    }
  }
  return { pairs, sameId, unmatched };
}
