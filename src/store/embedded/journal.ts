/**
 * Durable log of store operations in DATA_DIR.
 *
 * - `snapshot.json`: the whole state at some point, written to a temp file, fsynced and renamed
 *   over the old one (rename is atomic), so it is either the old or the new snapshot, never half.
 * - `journal.log`: operations since that snapshot, one line each: `<crc32 hex> <json>\n`.
 *   An append is acknowledged only after fsync. At open, a last line that was cut off by a crash
 *   (no newline, bad checksum, bad JSON) is reported and truncated away, never replayed.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

export interface JournalContents<S, O> {
  snapshot: S | null;
  ops: O[];
  /** Bytes of a torn tail that were discarded, 0 when the journal was clean. */
  discardedBytes: number;
}

const checksum = (json: string): string => crc32(json).toString(16).padStart(8, '0');

export class Journal<S, O> {
  private fd: number | null = null;
  private opsSinceSnapshot = 0;

  constructor(private readonly dir: string) {}

  private get journalPath(): string { return join(this.dir, 'journal.log'); }
  private get snapshotPath(): string { return join(this.dir, 'snapshot.json'); }

  get pendingOps(): number { return this.opsSinceSnapshot; }

  /** Reads snapshot and valid journal lines, truncates a torn tail, opens for appending. */
  open(): JournalContents<S, O> {
    mkdirSync(this.dir, { recursive: true });
    const snapshot = existsSync(this.snapshotPath)
      ? (JSON.parse(readFileSync(this.snapshotPath, 'utf8')) as S)
      : null;
    const ops: O[] = [];
    let validBytes = 0;
    let totalBytes = 0;
    if (existsSync(this.journalPath)) {
      const buf = readFileSync(this.journalPath);
      totalBytes = buf.length;
      let start = 0;
      while (start < buf.length) {
        const nl = buf.indexOf(0x0a, start);
        if (nl < 0) break; // torn: no newline
        const op = parseLine(buf.subarray(start, nl).toString('utf8'));
        if (op === undefined) break; // torn or corrupt: stop at the last good line
        ops.push(op as O);
        start = nl + 1;
        validBytes = start;
      }
    }
    this.fd = openSync(this.journalPath, 'a+');
    if (validBytes < totalBytes) {
      ftruncateSync(this.fd, validBytes);
      fsyncSync(this.fd);
    }
    this.opsSinceSnapshot = ops.length;
    return { snapshot, ops, discardedBytes: totalBytes - validBytes };
  }

  /** Appends one operation and returns once it is on disk. */
  append(op: O): void {
    if (this.fd === null) throw new Error('journal is not open');
    const json = JSON.stringify(op);
    writeSync(this.fd, `${checksum(json)} ${json}\n`);
    fsyncSync(this.fd);
    this.opsSinceSnapshot++;
  }

  /** Replaces snapshot + journal by a new snapshot of the current state. */
  compact(state: S): void {
    if (this.fd === null) throw new Error('journal is not open');
    const tmp = `${this.snapshotPath}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify(state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.snapshotPath);
    syncDir(this.dir);
    // Only now is the journal redundant; a crash before this line replays ops onto the new
    // snapshot, which is harmless because every op is idempotent.
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.opsSinceSnapshot = 0;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

function parseLine(line: string): unknown {
  const space = line.indexOf(' ');
  if (space !== 8) return undefined;
  const json = line.slice(space + 1);
  if (checksum(json) !== line.slice(0, space)) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
