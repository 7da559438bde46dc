/**
 * Durable log of store operations in DATA_DIR, one checksummed line per operation:
 * `<crc32 hex> <json>\n`.
 *
 * - `snapshot.log`: operations that rebuild the whole state at some point. Written to a temp file
 *   in chunks, fsynced and renamed over the old one (rename is atomic): old or new, never half.
 * - `journal.log`: operations since that snapshot. An append is acknowledged only after fsync;
 *   a failed append is cut back off the file, and the journal refuses further writes if even that
 *   fails. At open, a last line cut off by a crash is reported and truncated away, never
 *   replayed; a bad line with complete lines after it is damage, and the store refuses to open.
 * - `LOCK`: the pid of the one process that may write; read-only opens (export) take no lock.
 */
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { fsync, write } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';

const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);

export interface JournalContents<O> {
  /** Snapshot operations, then journal operations, in order. */
  ops: O[];
  /** Bytes of a torn tail that were discarded, 0 when the journal was clean. */
  discardedBytes: number;
}

const line = (op: unknown): string => {
  const json = JSON.stringify(op);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
};

/** Keeps the journal until it is larger than the snapshot, so compaction costs stay linear. */
const MIN_JOURNAL_BYTES_TO_COMPACT = 1024 * 1024;

export class Journal<O> {
  private fd: number | null = null;
  private journalBytes = 0;
  private snapshotBytes = 0;
  private broken: Error | null = null;

  constructor(private readonly dir: string, private readonly readOnly = false) {}

  private get lockPath(): string { return join(this.dir, 'LOCK'); }

  private get journalPath(): string { return join(this.dir, 'journal.log'); }
  private get snapshotPath(): string { return join(this.dir, 'snapshot.log'); }

  /** True when folding the journal into a new snapshot is worth its cost. */
  get wantsCompaction(): boolean {
    return this.journalBytes > Math.max(MIN_JOURNAL_BYTES_TO_COMPACT, this.snapshotBytes);
  }

  get hasJournal(): boolean {
    return this.journalBytes > 0;
  }

  /** Reads snapshot and valid journal lines; for writing, locks DATA_DIR and truncates a torn tail. */
  open(): JournalContents<O> {
    mkdirSync(this.dir, { recursive: true });
    if (!this.readOnly) this.lock();
    const ops: O[] = [];
    if (existsSync(this.snapshotPath)) {
      const buf = readFileSync(this.snapshotPath);
      const valid = readLines(buf, ops);
      // The snapshot is renamed into place only when complete: a bad line means damage, not a crash.
      if (valid < buf.length) throw new Error(`${this.snapshotPath} is damaged at byte ${valid}; restore it from a backup (actorgraph export)`);
      this.snapshotBytes = buf.length;
    }
    let discardedBytes = 0;
    if (existsSync(this.journalPath)) {
      const buf = readFileSync(this.journalPath);
      const valid = readLines(buf, ops);
      // Only the last line can be torn by a crash; a bad line with more records after it is damage.
      const endOfBad = buf.indexOf(0x0a, valid);
      if (valid < buf.length && endOfBad >= 0 && endOfBad < buf.length - 1) {
        throw new Error(`${this.journalPath} is damaged at byte ${valid} with complete records after it; restore DATA_DIR from a backup`);
      }
      discardedBytes = buf.length - valid;
      this.journalBytes = valid;
    }
    if (this.readOnly) return { ops, discardedBytes };
    this.fd = openSync(this.journalPath, 'a+');
    if (discardedBytes > 0) {
      ftruncateSync(this.fd, this.journalBytes);
      fsyncSync(this.fd);
    }
    syncDir(this.dir);
    return { ops, discardedBytes };
  }

  /** One writer per DATA_DIR: a second one would truncate and compact under the first. */
  private lock(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(this.lockPath, String(process.pid), { flag: 'wx' });
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = Number(readFileSync(this.lockPath, 'utf8'));
        if (holder && holder !== process.pid && isAlive(holder)) {
          throw new Error(`${this.dir} is in use by another actorgraph process (pid ${holder}); stop it or use another DATA_DIR`);
        }
        unlinkSync(this.lockPath); // left by a process that died: take it over
      }
    }
    throw new Error(`cannot lock ${this.dir}`);
  }

  /**
   * Appends one operation and resolves once it is on disk. Asynchronous so the process can do
   * other work (extract the next article) while the disk syncs; callers serialise appends.
   */
  async append(op: O): Promise<void> {
    if (this.fd === null) throw new Error(this.readOnly ? 'the store was opened read-only' : 'journal is not open');
    if (this.broken) throw this.broken;
    const bytes = Buffer.from(line(op));
    try {
      let written = 0;
      while (written < bytes.length) written += (await writeAsync(this.fd, bytes, written, bytes.length - written, null)).bytesWritten;
      await fsyncAsync(this.fd);
    } catch (err) {
      // Cut the partial record off, so later records do not land behind a fragment.
      try {
        ftruncateSync(this.fd, this.journalBytes);
        fsyncSync(this.fd);
      } catch {
        this.broken = new Error(`the journal in ${this.dir} could not be repaired after a failed write; restart the process`);
      }
      throw err;
    }
    this.journalBytes += bytes.length;
  }

  /** Replaces snapshot + journal by a snapshot of these operations (the whole current state). */
  compact(ops: Iterable<O>): void {
    if (this.fd === null) throw new Error('journal is not open');
    const tmp = `${this.snapshotPath}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      let chunk = '';
      let total = 0;
      const flush = () => {
        const bytes = Buffer.from(chunk);
        for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
        total += bytes.length;
        chunk = '';
      };
      for (const op of ops) {
        chunk += line(op);
        if (chunk.length > 1 << 20) flush();
      }
      flush();
      fsyncSync(fd);
      if (statSync(tmp).size !== total) throw new Error(`snapshot ${tmp} is short; keeping the journal`);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.snapshotPath);
    syncDir(this.dir);
    // Only now is the journal redundant; a crash before this line replays its ops onto the new
    // snapshot, which is harmless because every op is idempotent.
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.journalBytes = 0;
    this.snapshotBytes = statSync(this.snapshotPath).size;
  }

  close(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      if (existsSync(this.lockPath) && readFileSync(this.lockPath, 'utf8') === String(process.pid)) unlinkSync(this.lockPath);
    }
    this.fd = null;
  }
}

/** Parses complete, valid lines into `ops`; returns the byte length of that valid prefix. */
function readLines<O>(buf: Buffer, ops: O[]): number {
  let start = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(0x0a, start);
    if (nl < 0) break;
    const op = parseLine(buf.subarray(start, nl).toString('utf8'));
    if (op === undefined) break;
    ops.push(op as O);
    start = nl + 1;
  }
  return start;
}

function parseLine(text: string): unknown {
  if (text.charCodeAt(8) !== 0x20) return undefined;
  const json = text.slice(9);
  if (crc32(json).toString(16).padStart(8, '0') !== text.slice(0, 8)) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
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
