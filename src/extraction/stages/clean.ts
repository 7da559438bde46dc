/**
 * Text stage: takes the ` date YYYY-MM-DD` line, drops boilerplate lines (read-also links,
 * bylines, leftover navigation, section headings) and normalises quotes, dashes and spacing.
 */
import { ExtractionInputError } from '../errors/input-error';
import { isIsoDate } from '../../domain/iso-date';
import type { Stage } from '../stage';
import type { Knowledge } from '../../knowledge';
import { oneByte } from '../lib/one-byte';

const DATE_LINE_RE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
/** Lines longer than this are never headings, bylines or navigation. */
const SHORT_LINE = 200;
const HEADING_MAX_WORDS = 12;

export function normaliseCharacters(s: string): string {
  const t = s
    .replace(/\r\n?/g, '\n')
    // Control characters (binary garbage) and zero-width marks carry no text.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    // Runs of spaces first, so no later pattern scans a long run from every position.
    .replace(/ {2,}/g, ' ')
    .replace(/[“”„‟«»″〝〞＂]/g, '"')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
  // "US -Präsident", "Ceasefire -Anrufe": a hyphen that lost its left side. Only a text with " -"
  // has one, and looking for that is much cheaper than the letter-by-letter Unicode scan.
  return (t.includes(' -') ? t.replace(/(\p{L}) +-(?=\p{L})/gu, '$1-') : t)
    .replace(/ *[\u2012-\u2015\u2212] */g, ' - ')
    .replace(/…/g, '...');
}

/** What each spacing fix of normaliseLine needs somewhere in the line; most lines have none of it. */
const SPACING_NEEDED_RE = /  | [,;:!?)\].]|[([] /;
const LOST_SPACE_NEEDED_RE = /[.!?]"?\p{Lu}\p{Ll}/u;

export function normaliseLine(line: string): string {
  let out = line;
  // The quick tests only skip replacements that would change nothing.
  if (SPACING_NEEDED_RE.test(out)) {
    out = out
      .replace(/ {2,}/g, ' ')
      .replace(/ +([,;:!?)\]])/g, '$1')
      .replace(/ +\.(?= |$)/g, '.')
      .replace(/([([]) +/g, '$1');
  }
  // "begann.Früher": a sentence end that lost its space.
  if (LOST_SPACE_NEEDED_RE.test(out)) out = out.replace(/(\p{Ll}{2}[.!?]"?)(?=\p{Lu}\p{Ll})/gu, '$1 ');
  return out.trim();
}

/** Two or more capitalised words opening a paragraph, then a word in lower case: a small-caps lead-in. */
const SMALL_CAPS_LEAD_RE = /^(?:\p{Lu}[\p{Lu}'-]* +)+\p{Lu}[\p{Lu}'-]+(?= +\p{Ll})/u;
/** Short words inside a lead-in may be acronyms ("THE US PRESIDENT"); only the first is recased. */
const LEAD_ACRONYM_MAX = 3;

/**
 * Magazines open articles in small capitals ("DONALD TRUMP took to Truth Social", "SHIN WOO-SEOK
 * is"): written in capitals, the names would not be read as names. Recased like names, same length.
 */
export function recaseLeadIn(line: string): string {
  return line.replace(SMALL_CAPS_LEAD_RE, (lead) => lead.split(' ').map((w, k) =>
    (k > 0 && w.length <= LEAD_ACRONYM_MAX ? w : w[0] + w.slice(1).toLowerCase())).join(' '));
}

function isBoilerplate(line: string, kb: Knowledge): boolean {
  if (line.length > SHORT_LINE) return false;
  const lower = line.toLowerCase();
  if (kb.boilerplate.exact.has(lower.replace(/[:.!]+$/, ''))) return true;
  if (kb.boilerplate.prefixes.some((p) => lower.startsWith(p))) return true;
  return kb.boilerplate.bylines.some((re) => re.test(line));
}

/** Short, unpunctuated, not a sentence: a headline or section heading. */
function isHeadingLike(line: string): boolean {
  if (line.length > SHORT_LINE || !/\p{L}/u.test(line)) return false;
  if (/[.!?:;,"')\]]$/.test(line)) return false;
  return line.split(' ').length <= HEADING_MAX_WORDS;
}

export const clean: Stage = {
  name: 'clean',
  requires: [],
  assigns: ['text', 'title', 'publishedAt'],
  run(doc, kb) {
    const { input } = doc;
    if (typeof input.text !== 'string') throw new ExtractionInputError('text must be a string');
    if (input.publishedAt != null && !isIsoDate(input.publishedAt)) {
      throw new ExtractionInputError(`publishedAt must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(input.publishedAt)}`);
    }
    let raw = normaliseCharacters(input.text);
    let lineDate: string | null = null;
    const m = DATE_LINE_RE.exec(raw);
    if (m && isIsoDate(m[1])) {
      lineDate = m[1];
      raw = raw.slice(m[0].length);
    }
    const lines = raw.split('\n').map(normaliseLine);
    // The next non-empty line after each line, found once (not a scan ahead per line).
    const nextFull: number[] = new Array(lines.length);
    for (let i = lines.length - 1, next = Infinity; i >= 0; i--) {
      nextFull[i] = next;
      if (lines[i].length > 0) next = i;
    }
    const kept: string[] = [];
    let title: string | null = null;
    let first = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const hasMore = nextFull[i] < i + 40;
      if (first) {
        first = false;
        if (hasMore && isHeadingLike(line) && !isBoilerplate(line, kb)) {
          title = line;
          kept.push(line);
          continue;
        }
      }
      if (isBoilerplate(line, kb)) continue;
      if (hasMore && isHeadingLike(line)) continue;
      kept.push(recaseLeadIn(line));
    }
    doc.text = oneByte(kept.join('\n\n'));
    doc.title = title;
    doc.publishedAt = input.publishedAt ?? lineDate;
  },
};
