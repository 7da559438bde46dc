/**
 * Sentences stage: splits paragraphs into sentences (abbreviations like "U.S." and "Dr.",
 * initials, German ordinals "3. Juli" do not end one), tokenises them and marks quotations.
 */
import type { LanguagePack } from '../../knowledge';
import type { Sentence } from '../doc';
import { tokenize, type Token } from '../lib/tokenize';
import type { Stage } from '../stage';

/** Longer runs without an end mark are cut, so no later stage sees an unbounded sentence. */
const MAX_SENTENCE_CHARS = 1200;
// No lookahead: the whole run of marks is consumed at once, so "......" costs linear time.
const CANDIDATE_RE = /[.!?]+["')\]]*/g;

interface SplitRules {
  abbreviations: Set<string>;
  starters: Set<string>;
  months: Set<string>;
}

function rulesFor(pack: LanguagePack | null, all: Iterable<LanguagePack>): SplitRules {
  const packs = pack ? [pack] : [...all];
  const r: SplitRules = { abbreviations: new Set(), starters: new Set(), months: new Set() };
  for (const p of packs) {
    p.set.abbreviations.forEach((a) => r.abbreviations.add(a));
    p.set.starters.forEach((a) => r.starters.add(a));
    p.dates.months.forEach((_, m) => r.months.add(m));
  }
  return r;
}

/** How far back from a full stop its word is read. */
const WORD_BEFORE_MAX = 30;
const WORD_CHAR_RE = /^[\p{L}\p{N}.]$/u;

/**
 * The letters, digits and dots right before `end` (at most WORD_BEFORE_MAX characters back): the
 * word a full stop ends ("U.S", "Dr", "3"). Read backwards: a regex anchored at the end would try
 * every start position of the window.
 */
function wordBefore(p: string, end: number): string {
  const from = Math.max(0, end - WORD_BEFORE_MAX);
  let i = end;
  while (i > from) {
    const c = p.charCodeAt(i - 1);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46)) break;
      i--;
    } else {
      // A surrogate pair inside the window is one character; a half of one is none.
      const pair = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && p.charCodeAt(i - 2) >= 0xd800 && p.charCodeAt(i - 2) <= 0xdbff;
      const width = pair ? 2 : 1;
      if (!WORD_CHAR_RE.test(p.slice(i - width, i))) break;
      i -= width;
    }
  }
  return p.slice(i, end);
}

/** Does the period at `dot` (index into `p`) end a sentence? */
function endsSentence(p: string, dot: number, after: number, rules: SplitRules): boolean {
  const next = /^\s*(\S+)/.exec(p.slice(after, after + 60));
  if (!next) return true;
  const nextWord = next[1].replace(/^["'(]+/, '');
  if (/^\p{Ll}/u.test(nextWord)) return false;
  if (p[dot] !== '.') return true;
  const before = wordBefore(p, dot);
  const word = before.toLowerCase();
  const nextLower = nextWord.toLowerCase().replace(/[^\p{L}]+$/u, '');
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "Donald J. Trump"
  if (/^\d{1,2}$/.test(before) && rules.months.has(nextLower)) return false; // "3. Juli"
  if (rules.abbreviations.has(word)) {
    // "U.S." may also end a sentence: only a typical sentence opener after it says so.
    return word.includes('.') && rules.starters.has(nextLower);
  }
  return true;
}

function splitParagraph(p: string, rules: SplitRules): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(p)) !== null) {
    const after = m.index + m[0].length;
    if (after < p.length && !/\s/.test(p[after])) continue;
    const dot = m.index + m[0].search(/[.!?]["')\]]*$/);
    if (endsSentence(p, dot, after, rules)) {
      spans.push([start, after]);
      start = after;
    }
  }
  if (start < p.length) spans.push([start, p.length]);
  // Cut over-long spans at a comma or space so later stages stay linear.
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    let a = s;
    while (e - a > MAX_SENTENCE_CHARS) {
      const window = p.slice(a, a + MAX_SENTENCE_CHARS);
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
      const b = cut > MAX_SENTENCE_CHARS / 2 ? a + cut + 1 : a + MAX_SENTENCE_CHARS;
      out.push([a, b]);
      a = b;
    }
    out.push([a, e]);
  }
  return out;
}

/** Spans of the paragraph inside double quotes; an unclosed quote runs to the paragraph end. */
export function quoteSpans(p: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let q = p.indexOf('"'); q >= 0; q = p.indexOf('"', q + 1)) {
    const prevSpace = q === 0 || /[\s([{-]/.test(p[q - 1]);
    const nextSpace = q + 1 >= p.length || /\s/.test(p[q + 1]);
    if (prevSpace && !nextSpace) open = q; // an opening quote (a stray earlier one is dropped)
    else if (!prevSpace && open >= 0) {
      spans.push([open, q]);
      open = -1;
    } else if (prevSpace && nextSpace) {
      if (open >= 0) {
        spans.push([open, q]);
        open = -1;
      } else open = q;
    }
  }
  if (open >= 0) spans.push([open, p.length]);
  return spans;
}

/** Words a quotation may hold and still be scare quotes inside a clause ('a "frank" conversation'). */
const SCARE_QUOTE_WORDS = 5;

const isWord = (t: Token | undefined): boolean => t !== undefined && /^\p{L}/u.test(t.text);

/**
 * 'had a "frank" conversation', 'hat „endlich" mit ihm gesprochen': a short quotation with words
 * on both sides is part of its clause, so its marks are dropped and its words count as unquoted.
 */
function withoutScareQuotes(tokens: Token[], quoted: boolean[]): { tokens: Token[]; quoted: boolean[] } {
  const marks: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].text === '"') marks.push(i);
  // Most sentences quote nothing: no copies for them.
  if (marks.length < 2) return { tokens, quoted };
  const drop = new Set<number>();
  const plainQuoted = [...quoted];
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const [a, b] = [marks[k], marks[k + 1]];
    if (b - a - 1 < 1 || b - a - 1 > SCARE_QUOTE_WORDS || !isWord(tokens[a - 1]) || !isWord(tokens[b + 1])) continue;
    drop.add(a).add(b);
    for (let j = a + 1; j < b; j++) plainQuoted[j] = false;
  }
  if (drop.size === 0) return { tokens, quoted };
  return { tokens: tokens.filter((_, i) => !drop.has(i)), quoted: plainQuoted.filter((_, i) => !drop.has(i)) };
}

export const sentences: Stage = {
  name: 'sentences',
  requires: ['text', 'lang'],
  assigns: ['sentences'],
  run(doc, kb) {
    const rules = rulesFor(doc.lang, kb.languages.values());
    const out: Sentence[] = [];
    let offset = 0;
    let paragraph = 0;
    for (const p of doc.text.split('\n\n')) {
      const quotes = quoteSpans(p);
      for (const [s, e] of splitParagraph(p, rules)) {
        const raw = p.slice(s, e);
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (!text) continue;
        const base = offset + s + lead;
        const tokens = tokenize(text, base);
        let qi = 0;
        const quoted = tokens.map((t) => {
          const local = t.start - offset;
          while (qi < quotes.length && quotes[qi][1] < local) qi++;
          return qi < quotes.length && quotes[qi][0] < local && local < quotes[qi][1];
        });
        const plain = withoutScareQuotes(tokens, quoted);
        out.push({ index: out.length, paragraph, start: base, end: base + text.length, text, tokens: plain.tokens, lower: plain.tokens.map((t) => t.lower), quoted: plain.quoted });
      }
      offset += p.length + 2;
      paragraph++;
    }
    doc.sentences = out;
  },
};
