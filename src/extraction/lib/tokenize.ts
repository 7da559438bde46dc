/** Splits text into word, number and punctuation tokens with character offsets. */

export interface Token {
  text: string;
  lower: string;
  /** Offsets into the text the token was taken from. */
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
}

// Words keep inner apostrophes ("O'Brien", "didn't") but not a possessive "'s", which becomes
// its own token so "Russia's" matches the gazetteer entry "Russia". Every alternative consumes
// at least one character and none can backtrack across another: linear on any input.
const TOKEN_RE = /\p{L}[\p{L}\p{M}\p{N}]*(?:'(?!s(?![\p{L}\p{N}]))\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:]\p{N}+)*|'s(?![\p{L}\p{N}])|\S/gu;
const UPPER_RE = /^\p{Lu}/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII answers itself (only A-Z is \p{Lu} there); the regex is for the rest.
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t);
    tokens.push({ text: t, lower: t.toLowerCase(), start: offset + m.index, end: offset + m.index + t.length, cap });
  }
  return tokens;
}

/** Lower-case token texts of a lexicon phrase, tokenised exactly like article text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase.replace(/[’‘`´]/g, "'")).map((t) => t.lower);
}

/** Case-preserving token texts of a name. */
export function nameKeys(name: string): string[] {
  return tokenize(name.replace(/[’‘`´]/g, "'")).map((t) => t.text);
}
