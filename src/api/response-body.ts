/**
 * What the HTTP layer hands to `res.end` for an answer's text. `res.end(text)` reads a string
 * twice: once to measure its UTF-8 length for Content-Length, and again when the socket encodes
 * it. For a large text, encoding it once into a reused buffer and sending a copy of the bytes
 * costs less. This was measured when answers were ropes of thousands of pieces (network depth 2:
 * 0.63 to 0.56 ms of CPU per request in `serve`); compiled answers are now one flat ASCII string
 * (answer-text.ts, ascii-json.ts), cheap to read twice, and the buffer mostly serves the network
 * exports' texts, two-byte strings as soon as one name is beyond Latin-1.
 * Small texts stay strings: Node sends the headers and a string body in one write, but a Buffer
 * body in a second one, which costs more than the second pass saves (with every answer sent as
 * bytes, the bare baseline lost 7% of its requests).
 */

/** Answers of at least this many UTF-16 code units are sent as bytes. */
export const BYTES_FROM_LENGTH = 16 * 1024;

/** Beyond this the scratch buffer does not grow (a whole-network export): such texts are encoded on their own. */
const MAX_SCRATCH_BYTES = 4 * 1024 * 1024;

let scratch = Buffer.allocUnsafe(64 * 1024);

export function responseBody(text: string): string | Buffer {
  if (text.length < BYTES_FROM_LENGTH) return text;
  // UTF-8 takes at most 3 bytes per UTF-16 code unit (4 per surrogate pair, which is two units).
  const room = text.length * 3;
  if (room > MAX_SCRATCH_BYTES) return Buffer.from(text, 'utf8');
  if (room > scratch.length) scratch = Buffer.allocUnsafe(Math.min(MAX_SCRATCH_BYTES, Math.max(room, scratch.length * 2)));
  const length = scratch.write(text, 'utf8');
  // A copy: the socket may still hold the bytes after end() returns, when the next answer reuses the scratch buffer.
  return Buffer.from(scratch.subarray(0, length));
}
