/**
 * The runs of letters in a text, as `/\p{L}+/gu` finds them, without making a string per run:
 * a caller that wants only some of the words (short ones) slices just those.
 */

const LETTER_RE = /^\p{L}$/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet asked, 1 a letter, 2 not one. */
const bmpLetter = new Uint8Array(0x10000);

function isBmpLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (bmpLetter[c] === 0) bmpLetter[c] = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return bmpLetter[c] === 1;
}

/** Width in code units of the letter at `i` (a surrogate pair is one character), or 0 when none is there. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) return 0; // half a pair is no character of its own
  return isBmpLetter(c) ? 1 : 0;
}

/** Calls `visit(start, end)` for every maximal run of letters, left to right. */
export function forEachLetterRun(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let w = letterAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < text.length ? letterAt(text, i) : 0;
    }
    visit(start, i);
  }
}
