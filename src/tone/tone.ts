/**
 * Tone of an interaction on one scale from -10 (most hostile) to +10 (most cooperative), in the
 * spirit of the Goldstein scale: a base value per interaction type, moved by cue words in the
 * evidence sentences (lexicons per language, negation reverses a cue). Pure; data in
 * base-values.json and cues/<lang>.json (README.md explains both).
 */
import type { InteractionType } from '../domain/enums';
import { INTERACTION_TYPES } from '../domain/enums';
import baseValuesJson from './base-values.json';
import cuesDe from './cues/de.json';
import cuesEn from './cues/en.json';

interface CueEntry {
  /** Space-separated words; a word ending in `*` matches any word it starts. */
  phrase: string;
  weight: number;
  /** Match only as written (EN "frank" but not the name "Frank"). */
  exactCase?: boolean;
}

interface CueLexicon {
  language: string;
  negations: string[];
  negationSuffixes: string[];
  /** How many words before a cue a negation word reaches. */
  negationWindow: number;
  cues: CueEntry[];
}

interface CompiledCue {
  words: { text: string; prefix: boolean }[];
  weight: number;
  exactCase: boolean;
}

interface CompiledLexicon {
  negations: Set<string>;
  negationSuffixes: string[];
  negationWindow: number;
  /** Longest phrase first, so "no progress" wins over "progress". */
  cues: CompiledCue[];
}

export interface ToneSource {
  evidence: string;
  /** ISO 639-1 code of the article; a language without a lexicon moves nothing. */
  language: string;
}

/** A cue found in a sentence, with the weight it contributed (reversed when negated). */
export interface CueHit {
  phrase: string;
  negated: boolean;
  weight: number;
}

const TONE_MIN = baseValuesJson.scale.min;
const TONE_MAX = baseValuesJson.scale.max;
const CUE_SHIFT_LIMIT = baseValuesJson.cueShiftLimit;

export const BASE_TONE: Readonly<Record<InteractionType, number>> = compileBase(baseValuesJson.types);

const LEXICONS: ReadonlyMap<string, CompiledLexicon> = new Map(
  [cuesEn, cuesDe].map((l) => [l.language, compileLexicon(l as CueLexicon)]),
);

/**
 * The interaction's tone: its type's base value plus the mean, over its sources, of the cue
 * weights in each evidence sentence (each sentence's sum capped at ±cueShiftLimit), within the
 * scale, rounded to one decimal.
 */
export function toneOf(type: InteractionType, sources: readonly ToneSource[]): number {
  const shifts = sources.map((s) => clamp(sum(findCues(s.evidence, s.language).map((h) => h.weight)), -CUE_SHIFT_LIMIT, CUE_SHIFT_LIMIT));
  const shift = shifts.length === 0 ? 0 : sum(shifts) / shifts.length;
  return round1(clamp(BASE_TONE[type] + shift, TONE_MIN, TONE_MAX));
}

/** Mean of the tones, rounded to one decimal; null when there are none. */
export function meanTone(tones: readonly number[]): number | null {
  return tones.length === 0 ? null : round1(sum(tones) / tones.length);
}

/** The cues of the language's lexicon in a sentence, in order; each word belongs to one cue at most. */
export function findCues(sentence: string, language: string): CueHit[] {
  const lexicon = LEXICONS.get(language);
  if (!lexicon) return [];
  const words = sentence.normalize('NFC').replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  const lower = words.map((w) => w.toLowerCase());
  const inCue = new Array<boolean>(words.length).fill(false);
  const hits: CueHit[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const cue = lexicon.cues.find((c) => matchesAt(c, words, lower, i));
    if (!cue) continue;
    const negated = isNegated(lexicon, lower, inCue, i);
    for (let k = i; k < i + cue.words.length; k += 1) inCue[k] = true;
    hits.push({ phrase: cue.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' '), negated, weight: negated ? -cue.weight : cue.weight });
    i += cue.words.length - 1;
  }
  return hits;
}

function matchesAt(cue: CompiledCue, words: string[], lower: string[], start: number): boolean {
  if (start + cue.words.length > words.length) return false;
  return cue.words.every((w, k) => {
    const word = cue.exactCase ? words[start + k] : lower[start + k];
    return w.prefix ? word.startsWith(w.text) : word === w.text;
  });
}

function isNegated(lexicon: CompiledLexicon, lower: string[], inCue: boolean[], start: number): boolean {
  for (let k = Math.max(0, start - lexicon.negationWindow); k < start; k += 1) {
    if (inCue[k]) continue; // "no" of "no progress" negates nothing after it
    const w = lower[k];
    if (lexicon.negations.has(w) || lexicon.negationSuffixes.some((s) => w.endsWith(s))) return true;
  }
  return false;
}

function compileBase(types: Record<string, { value: number }>): Record<InteractionType, number> {
  const out = {} as Record<InteractionType, number>;
  for (const type of INTERACTION_TYPES) {
    const entry = types[type];
    if (!entry || !Number.isFinite(entry.value)) throw new Error(`tone/base-values.json has no value for ${type}`);
    out[type] = entry.value;
  }
  return out;
}

function compileLexicon(l: CueLexicon): CompiledLexicon {
  const cues = l.cues.map((c) => {
    const words = c.phrase.split(/\s+/).map((w) => {
      const prefix = w.endsWith('*');
      const text = prefix ? w.slice(0, -1) : w;
      return { text: c.exactCase ? text : text.toLowerCase(), prefix };
    });
    return { words, weight: c.weight, exactCase: c.exactCase === true };
  });
  cues.sort((a, b) => b.words.length - a.words.length);
  return {
    negations: new Set(l.negations.map((w) => w.toLowerCase())),
    negationSuffixes: l.negationSuffixes,
    negationWindow: l.negationWindow,
    cues,
  };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round1 = (x: number): number => Math.round(x * 10) / 10;
