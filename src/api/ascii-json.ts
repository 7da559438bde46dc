/**
 * JSON text written as ASCII bytes into one reused buffer, every character beyond ASCII as a
 * `\uXXXX` escape (RFC 8259 §7; parsers read the same values back).
 *
 * Why: an answer built by string concatenation is a rope of thousands of pieces, and as soon as
 * one name holds a character beyond Latin-1 ("Plenković") the whole answer is a two-byte string.
 * `res.end` then flattens the rope to measure its UTF-8 length and encodes it again to send it:
 * on the bench's 92 KB network answers that took as long as writing the answer. Written here,
 * the answer is one flat one-byte string (the buffer read as Latin-1), which Node measures and
 * sends at memory speed.
 */

/** The buffer is kept between answers up to this size; a larger one is dropped after its answer. */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;

const HEX = '0123456789abcdef';

/** The escapes JSON.stringify writes for control characters that have a short form. */
const SHORT_ESCAPES: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };

export class AsciiJsonWriter {
  private bytes: Buffer = Buffer.allocUnsafe(64 * 1024);
  private at = 0;

  /** Starts a new text. */
  start(): void {
    this.at = 0;
  }

  /** The text written since start(). */
  text(): string {
    const text = this.bytes.toString('latin1', 0, this.at);
    if (this.bytes.length > MAX_KEPT_BYTES) this.bytes = Buffer.allocUnsafe(64 * 1024);
    this.at = 0;
    return text;
  }

  /** One ASCII character of the writer's own punctuation, by its code. */
  byte(code: number): void {
    if (this.at === this.bytes.length) this.grow(1);
    this.bytes[this.at++] = code;
  }

  /** Text that is ASCII already and needs no escape: the writer's own punctuation, keys, numbers. */
  raw(ascii: string): void {
    const n = ascii.length;
    if (this.at + n > this.bytes.length) this.grow(n);
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < n; i++) bytes[at++] = ascii.charCodeAt(i);
    this.at = at;
  }

  /** A string value, quoted and escaped as JSON.stringify escapes it, then beyond ASCII as `\uXXXX`. */
  string(value: string): void {
    const n = value.length;
    if (this.at + n + 2 > this.bytes.length) this.grow(n + 2);
    let bytes = this.bytes;
    let at = this.at;
    bytes[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c) {
        bytes[at++] = c;
        continue;
      }
      bytes = this.roomForEscape(at, n - i);
      at = escape(bytes, at, c);
    }
    bytes[at++] = 0x22;
    this.at = at;
  }

  /** A JSON text (from JSON.stringify): written as is, except characters beyond ASCII, which are escaped. */
  json(text: string): void {
    const n = text.length;
    if (this.at + n > this.bytes.length) this.grow(n);
    let bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        bytes[at++] = c;
        continue;
      }
      bytes = this.roomForEscape(at, n - i);
      at = unicodeEscape(bytes, at, c);
    }
    this.at = at;
  }

  /**
   * Room, after `at`, for an escape (at most 6 bytes where the character was given 1) and the
   * `rest` of the text, a closing quote included; the buffer, a new one if it had to grow.
   */
  private roomForEscape(at: number, rest: number): Buffer {
    if (at + 6 + rest > this.bytes.length) {
      this.at = at;
      this.grow(6 + rest);
    }
    return this.bytes;
  }

  /** Room for `more` bytes after what is written. */
  private grow(more: number): void {
    const bytes = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + more));
    this.bytes.copy(bytes, 0, 0, this.at);
    this.bytes = bytes;
  }
}

/** The escape of a character that cannot stand as itself in an ASCII JSON string. */
function escape(bytes: Buffer, at: number, c: number): number {
  if (c === 0x22 || c === 0x5c) {
    bytes[at++] = 0x5c;
    bytes[at++] = c;
    return at;
  }
  const short = c < 0x20 ? SHORT_ESCAPES[c] : undefined;
  if (short !== undefined) {
    bytes[at++] = 0x5c;
    bytes[at++] = short;
    return at;
  }
  return unicodeEscape(bytes, at, c);
}

/** `\uXXXX`, lowercase hex as JSON.stringify writes it. A surrogate pair becomes two escapes. */
function unicodeEscape(bytes: Buffer, at: number, c: number): number {
  bytes[at++] = 0x5c;
  bytes[at++] = 0x75;
  bytes[at++] = HEX.charCodeAt(c >> 12);
  bytes[at++] = HEX.charCodeAt((c >> 8) & 0xf);
  bytes[at++] = HEX.charCodeAt((c >> 4) & 0xf);
  bytes[at++] = HEX.charCodeAt(c & 0xf);
  return at;
}
