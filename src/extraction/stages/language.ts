/**
 * Language stage: the caller's language wins; otherwise tinyld on a sample of the text, and on
 * text too short for it the function, trigger and title words of the supported languages. Picks the lexicons for the language.
 */
import { detect, detectAll } from 'tinyld';
import type { Stage } from '../stage';
import type { Knowledge } from '../../knowledge';
import { forEachLetterRun } from '../lib/letter-runs';

const SAMPLE = 4000;
/** tinyld reads only this much: enough for a reliable guess, and it dominates the cost otherwise. */
const TINYLD_SAMPLE = 700;
/** Function words decide alone when this many are found and the runner-up has a quarter as many. */
const CLEAR_VOTE = 12;
/** A supported language this close to tinyld's best guess on a short text is taken instead. */
const CLOSE_GUESS = 0.5;
/** Texts with fewer letters than this are "short". */
const SHORT_TEXT = 600;
/** Below this many letters tinyld guesses; function words decide instead. */
const MIN_LETTERS_FOR_TINYLD = 60;
const UNDETERMINED = 'und';
/** Evidence words that decide a short text outright (when twice the runner-up's). */
const MIN_EVIDENCE = 3;

interface Vote { best: string | null; score: number; second: number; words: number }

interface StopwordIndex {
  /** Each function word with the positions (in `kb.languages`) of the languages that have it. */
  byWord: Map<string, number[]>;
  /** The longest function word: a longer word need not be looked up. */
  longest: number;
  /** A bit per (first character, length) of the function words: a word with a clear bit is none. */
  openers: Uint32Array;
}

const openerBit = (firstChar: number, length: number): number => ((firstChar & 127) << 5) | (length & 31);

/** Made once per knowledge base. */
const stopwordIndexes = new WeakMap<Knowledge, StopwordIndex>();

function stopwordIndex(kb: Knowledge): StopwordIndex {
  let index = stopwordIndexes.get(kb);
  if (!index) {
    index = { byWord: new Map(), longest: 0, openers: new Uint32Array((128 * 32) / 32) };
    let k = 0;
    for (const pack of kb.languages.values()) {
      for (const w of pack.set.stopwords) {
        index.byWord.set(w, [...(index.byWord.get(w) ?? []), k]);
        index.longest = Math.max(index.longest, w.length);
        const bit = openerBit(w.charCodeAt(0), w.length);
        index.openers[bit >>> 5] |= 1 << (bit & 31);
      }
      k++;
    }
    stopwordIndexes.set(kb, index);
  }
  return index;
}

function stopwordVote(text: string, kb: Knowledge): Vote {
  const lower = text.toLowerCase();
  // One lookup per possible function word for all languages at once; no string is made for the
  // other words.
  const { byWord, longest, openers } = stopwordIndex(kb);
  const counts = [...kb.languages.keys()].map(() => 0);
  let words = 0;
  forEachLetterRun(lower, (start, end) => {
    words++;
    if (end - start > longest) return;
    const bit = openerBit(lower.charCodeAt(start), end - start);
    if ((openers[bit >>> 5] & (1 << (bit & 31))) === 0) return;
    const langs = byWord.get(lower.slice(start, end));
    if (langs) for (const k of langs) counts[k]++;
  });
  const scores = [...kb.languages.keys()].map((code, k): [string, number] => [code, counts[k]]).sort((a, b) => b[1] - a[1]);
  const [first, second] = [scores[0] ?? ['', 0], scores[1] ?? ['', 0]];
  const best = first[1] > 0 && first[1] > second[1] ? first[0] : null;
  return { best, score: first[1], second: second[1], words };
}

/**
 * Evidence per supported language: its function words plus its trigger and title words; a word
 * every supported language shares ("in", "nato") counts for none.
 */
function lexicalEvidence(sample: string, kb: Knowledge): [string, number][] {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const packs = [...kb.languages];
  const stops = packs.map(([, pack]) => pack.set.stopwords);
  const scores = packs.map(([code]): [string, number] => [code, 0]);
  for (const w of words) {
    const has = packs.map(([, pack], k) => stops[k].has(w) || pack.triggers.longest([w], 0) !== null || pack.titles.longest([w], 0) !== null);
    if (has.every(Boolean)) continue;
    has.forEach((h, k) => { if (h) scores[k][1]++; });
  }
  return scores.sort((a, b) => b[1] - a[1]);
}

/** tinyld's ranking, limited to languages news is plausibly written in. */
function plausibleGuesses(sample: string, kb: Knowledge): { lang: string; accuracy: number }[] {
  return detectAll(sample.slice(0, TINYLD_SAMPLE)).filter((r) => kb.detectable.has(r.lang)).slice(0, 5);
}

/**
 * On a sentence or two tinyld guesses wildly (Klingon for a news lead): the function, trigger and
 * title words of a supported language are surer; failing them, a plausible tinyld guess.
 */
function shortText(sample: string, kb: Knowledge): string {
  const evidence = lexicalEvidence(sample, kb);
  const [best, second] = [evidence[0] ?? ['', 0], evidence[1] ?? ['', 0]];
  const ranked = plausibleGuesses(sample, kb);
  if (best[1] >= MIN_EVIDENCE && best[1] >= 2 * second[1]) return best[0];
  const supported = ranked.find((r) => kb.languages.has(r.lang));
  if (best[1] > second[1] && (second[1] === 0 || !ranked[0] || kb.languages.has(ranked[0].lang) || best[1] >= 2)) return best[0];
  if (ranked.length === 0) return best[1] > 0 ? best[0] : UNDETERMINED;
  if (supported && supported.accuracy >= CLOSE_GUESS * ranked[0].accuracy) return supported.lang;
  return ranked[0].lang;
}

export function detectLanguage(text: string, kb: Knowledge): string {
  const sample = text.slice(0, SAMPLE);
  const vote = stopwordVote(sample, kb);
  // A supported language is obvious from its function words: no need to ask tinyld.
  if (vote.best && vote.score >= CLEAR_VOTE && vote.score >= 4 * vote.second && vote.score * 20 >= vote.words) return vote.best;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return UNDETERMINED;
  if (letters < SHORT_TEXT) return shortText(sample, kb);
  if (letters >= MIN_LETTERS_FOR_TINYLD) {
    const found = detect(sample.slice(0, TINYLD_SAMPLE));
    if (found) return found;
  }
  return vote.best ?? UNDETERMINED;
}

export const language: Stage = {
  name: 'language',
  requires: ['text'],
  assigns: ['language', 'languageSupported', 'lang'],
  run(doc, kb) {
    const given = typeof doc.input.language === 'string' ? doc.input.language.trim().toLowerCase() : '';
    doc.language = given || detectLanguage(doc.text, kb);
    doc.lang = kb.languages.get(doc.language) ?? null;
    doc.languageSupported = doc.lang !== null;
  },
};
