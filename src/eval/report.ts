/** The scorer's printed report: the same lines as the reference scorer, the summary line last. */
import type { EvalResult, TopicScore } from './score';

const f2 = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));

function metricLine(name: string, x: TopicScore): string {
  return `${name.padEnd(14)} P=${f2(x.p)} R=${f2(x.r)} F1=${f2(x.f)}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
}

/** `score=… persons=… countries=… spoke-to=… statements=… other=… topics=… dedup=… missing=…` */
export function summaryLine(r: EvalResult): string {
  return `score=${f2(r.score)} persons=${f2(r.persons.f)} countries=${f2(r.countries.f)} spoke-to=${f2(r.contact.f)} `
    + `statements=${f2(r.statement.f)} other=${f2(r.other.f)} topics=${f2(r.topics.f)} `
    + `dedup=${r.dedup.sameId}/${r.dedup.pairs} missing=${r.missingArticles}`;
}

/** The text report; `verbose` puts each article's misses and extras first. */
export function reportLines(r: EvalResult, verbose: boolean): string[] {
  const lines: string[] = [];
  if (verbose) {
    for (const a of r.perArticle) {
      lines.push(`== ${a.article}${a.missing ? ' (no prediction)' : ''}`);
      for (const n of a.notes) lines.push(`   ${n}`);
    }
  }
  lines.push(
    metricLine('persons', r.persons), metricLine('countries', r.countries), metricLine('organizations', r.organizations),
    metricLine('spoke-to', r.contact), metricLine('statements', r.statement), metricLine('other events', r.other),
    metricLine('topics', r.topics),
    `accuracy on matches: role ${f2(r.roleAccuracy)}, person country ${f2(r.personCountryAccuracy)}, `
      + `contact type ${f2(r.contactTypeAccuracy)}, date ${f2(r.contactDateAccuracy)}, initiator ${f2(r.initiatorAccuracy)}, `
      + `status ${f2(r.statusAccuracy)}`,
    `same event across articles: ${r.dedup.sameId}/${r.dedup.pairs} pairs share an id (${r.dedup.unmatched} not both found)`,
    summaryLine(r),
  );
  return lines;
}
