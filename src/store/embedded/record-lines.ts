/**
 * The line format of snapshot.log and journal.log: `<crc32 hex> <json>\n`, one record per line.
 * The first record of each file is a header naming the store and the snapshot generation it
 * belongs to (see journal.ts).
 */
import { readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface FileHeader {
  actorgraph: 'snapshot' | 'journal';
  /** Random id of the store: files of different stores never pair up. */
  store: string;
  /** Snapshot generation: bumped by every compaction; a journal continues the snapshot of its generation. */
  generation: number;
}

export const encodeRecord = (value: unknown): string => {
  const json = JSON.stringify(value);
  return `${checksum(json)} ${json}\n`;
};

/** The record of one line (without its newline), or undefined when it does not check out. */
export function parseRecord(text: string): unknown {
  if (text.charCodeAt(8) !== 0x20) return undefined;
  const json = text.slice(9);
  if (checksum(json) !== text.slice(0, 8)) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

export function isHeader(record: unknown): record is FileHeader {
  const h = record as Partial<FileHeader> | null;
  return typeof h === 'object' && h !== null && (h.actorgraph === 'snapshot' || h.actorgraph === 'journal')
    && typeof h.store === 'string' && Number.isInteger(h.generation);
}

export interface Scan {
  /** Records of the valid prefix of complete lines. */
  records: unknown[];
  /** Byte length of that prefix. */
  validBytes: number;
  /** What follows the prefix: nothing, a line that does not check out, or bytes without a final newline. */
  rest: 'none' | 'bad-line' | 'unterminated';
  /** The bad line has more bytes after it (so it cannot be the last write, cut off by a crash). */
  moreAfterBadLine: boolean;
}

export function scanLines(buf: Buffer): Scan {
  const records: unknown[] = [];
  let start = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(0x0a, start);
    if (nl < 0) return { records, validBytes: start, rest: 'unterminated', moreAfterBadLine: false };
    const record = parseRecord(buf.subarray(start, nl).toString('utf8'));
    if (record === undefined) return { records, validBytes: start, rest: 'bad-line', moreAfterBadLine: nl < buf.length - 1 };
    records.push(record);
    start = nl + 1;
  }
  return { records, validBytes: start, rest: 'none', moreAfterBadLine: false };
}

/** Where a scan of a file stopped, as in `Scan`, without the records (they went to the visitor). */
export type FileScan = Omit<Scan, 'records'>;

const SCAN_CHUNK_BYTES = 4 << 20;

/**
 * `scanLines` over the first `size` bytes of an open file, a chunk at a time: each record goes
 * to `visit` with the byte offset and length of its line, so a large file is never in memory whole.
 */
export function scanFile(fd: number, size: number, visit: (record: unknown, offset: number, length: number) => void): FileScan {
  let carry = Buffer.alloc(0);
  /** File offset of carry[0]. */
  let carryAt = 0;
  let pos = 0;
  while (pos < size) {
    const chunk = Buffer.allocUnsafe(Math.min(SCAN_CHUNK_BYTES, size - pos));
    const n = readSync(fd, chunk, 0, chunk.length, pos);
    if (n === 0) break;
    pos += n;
    const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
    let start = 0;
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      const record = parseRecord(buf.toString('utf8', start, nl));
      if (record === undefined) return { validBytes: carryAt + start, rest: 'bad-line', moreAfterBadLine: carryAt + nl < size - 1 };
      visit(record, carryAt + start, nl + 1 - start);
      start = nl + 1;
    }
    // Copied, so that one long line does not keep a whole chunk alive.
    carry = Buffer.from(buf.subarray(start));
    carryAt += start;
  }
  return { validBytes: carryAt, rest: carry.length ? 'unterminated' : 'none', moreAfterBadLine: false };
}

/** Whether a whole line (with its newline) still checks out, without decoding or parsing its JSON. */
export function lineChecksOut(line: Buffer): boolean {
  return line.length > 10 && line[8] === 0x20 && line[line.length - 1] === 0x0a
    && crc32(line.subarray(9, line.length - 1)).toString(16).padStart(8, '0') === line.toString('latin1', 0, 8);
}

/** Every line that checks out, wherever it is, and how many bytes did not (for salvage). */
export function salvageLines(buf: Buffer): { records: unknown[]; badLines: number; badBytes: number } {
  const records: unknown[] = [];
  let badLines = 0;
  let badBytes = 0;
  for (let start = 0; start < buf.length;) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl;
    const record = end > start ? parseRecord(buf.subarray(start, end).toString('utf8')) : undefined;
    if (record !== undefined) records.push(record);
    else if (end > start) {
      badLines++;
      badBytes += end - start;
    }
    start = end + 1;
  }
  return { records, badLines, badBytes };
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}
