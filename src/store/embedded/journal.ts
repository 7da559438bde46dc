/**
 * Durable log of store operations in DATA_DIR, one checksummed line per record (record-lines.ts).
 *
 * - `snapshot.log`: a header, then operations that rebuild the whole state. Written to a temp
 *   file, fsynced and renamed over the old one (rename is atomic): old or new, never half.
 * - `journal.log`: a header, then the operations since that snapshot. An append is acknowledged
 *   only after fsync; a failed append is cut back off the file.
 * - Both headers carry the store's id and the snapshot generation. Compaction writes the next
 *   generation's snapshot and an empty journal of that generation, then renames them into place,
 *   snapshot first: a journal one generation behind is already folded into the snapshot and is
 *   skipped. Any other mismatch, a missing or empty file, means the files do not belong together
 *   and the store refuses to open, saying what is missing, rather than open with part of the data.
 * - At open, a last record cut off by a crash (no final newline, checksum wrong) was never
 *   acknowledged and is dropped; a last record that only lost its newline is kept and the newline
 *   repaired; a complete last line with a wrong checksum may be acknowledged data that was
 *   damaged, so its bytes are moved to `journal.log.damaged-<time>`; a bad line with more after
 *   it is damage, and the store refuses to open (`actorgraph salvage` reads what checks out).
 * - Readers (export) take no lock: they open both files, read from the descriptors and check the
 *   generations, retrying when a compaction ran between the two opens.
 * - `LOCK` (data-dir-lock.ts): one writing process per DATA_DIR.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync, existsSync, fstatSync, fsync, fsyncSync, ftruncateSync, mkdirSync, openSync, readSync,
  renameSync, unlinkSync, write, writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataDirLock } from './data-dir-lock';
import { encodeRecord, isHeader, scanLines, type FileHeader } from './record-lines';

const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);

/** Keeps the journal until it is larger than the snapshot, so compaction costs stay linear. */
const MIN_JOURNAL_BYTES_TO_COMPACT = 1024 * 1024;
/** Opens a reader retries when a compaction renames files between its two opens. */
const READ_ATTEMPTS = 20;

export interface JournalEvents {
  /** A torn last record (never acknowledged) was dropped: its size in bytes. */
  onTornTail?: (bytes: number) => void;
  /** Damage or a repair worth a warning, in words. */
  onRepair?: (message: string) => void;
}

export interface JournalContents<O> {
  /** Snapshot operations, then journal operations, in order. */
  ops: O[];
  /** The files are of an older format without headers: compact now to give them one. */
  upgrade: boolean;
}

interface ParsedFile {
  header: FileHeader | null;
  records: unknown[];
  bytes: number;
}

export class Journal<O> {
  private fd: number | null = null;
  private lock: DataDirLock | null = null;
  private storeId = '';
  private generation = 0;
  private journalBytes = 0;
  private journalOps = 0;
  private snapshotBytes = 0;
  /** After a failed compaction, the journal size to reach before trying again. */
  private retryCompactionAt = 0;
  private broken: Error | null = null;

  constructor(private readonly dir: string, private readonly readOnly = false, private readonly events: JournalEvents = {}) {}

  private get journalPath(): string { return join(this.dir, 'journal.log'); }
  private get snapshotPath(): string { return join(this.dir, 'snapshot.log'); }

  /** True when folding the journal into a new snapshot is worth its cost. */
  get wantsCompaction(): boolean {
    return this.journalBytes > Math.max(MIN_JOURNAL_BYTES_TO_COMPACT, this.snapshotBytes, this.retryCompactionAt);
  }

  get hasJournal(): boolean {
    return this.journalOps > 0;
  }

  /** Reads snapshot and journal; for writing, locks DATA_DIR and repairs the journal's tail. */
  open(): JournalContents<O> {
    if (this.readOnly) {
      if (!existsSync(this.dir)) throw new Error(`DATA_DIR ${this.dir} does not exist`);
      return this.readConsistent();
    }
    mkdirSync(this.dir, { recursive: true });
    this.lock = DataDirLock.acquire(this.dir);
    try {
      // Left by a compaction that failed (a full disk) or was killed: never part of the store.
      for (const tmp of [`${this.snapshotPath}.tmp`, `${this.journalPath}.tmp`]) if (existsSync(tmp)) unlinkSync(tmp);
      return this.openForWriting();
    } catch (err) {
      this.close();
      throw err;
    }
  }

  private openForWriting(): JournalContents<O> {
    const { snapshot, journal } = readPair(this.snapshotPath, this.journalPath);
    const snap = snapshot && this.parseSnapshot(snapshot);
    if (!journal) {
      if (snap) throw this.missing(`journal.log is missing (snapshot.log is generation ${snap.header?.generation ?? 0}; the journal holds every write since)`);
      this.storeId = randomBytes(8).toString('hex');
      this.replaceJournal();
      return { ops: [], upgrade: false };
    }
    const tail = this.parseJournal(journal, true);
    const { ops, skipJournal, upgrade } = this.pair(snap, tail);
    this.fd = openSync(this.journalPath, 'a');
    this.journalBytes = tail.bytes;
    if (skipJournal) this.replaceJournal();
    else this.journalOps = tail.records.length - (tail.header ? 1 : 0);
    return { ops, upgrade };
  }

  /** Snapshot and journal read from descriptors opened together, retried across a compaction. */
  private readConsistent(): JournalContents<O> {
    for (let attempt = 1; ; attempt++) {
      const { snapshot, journal } = readPair(this.snapshotPath, this.journalPath);
      const snap = snapshot && this.parseSnapshot(snapshot);
      if (!journal) {
        if (snap) throw this.missing(`journal.log is missing (snapshot.log is generation ${snap.header?.generation ?? 0}; the journal holds every write since)`);
        throw new Error(`${this.dir} holds no actorgraph store (no snapshot.log or journal.log)`);
      }
      const tail = this.parseJournal(journal, false);
      const newerJournal = tail.header && (tail.header.generation > (snap?.header?.generation ?? 0));
      if (newerJournal && attempt < READ_ATTEMPTS) continue; // a compaction ran between the two opens
      return this.pair(snap, tail);
    }
  }

  /** Checks that snapshot and journal belong together; their operations in order. */
  private pair(snap: ParsedFile | null, journal: ParsedFile): { ops: O[]; skipJournal: boolean; upgrade: boolean } {
    const sh = snap?.header ?? null;
    const jh = journal.header;
    const journalOps = (jh ? journal.records.slice(1) : journal.records) as O[];
    const snapshotOps = (snap ? (sh ? snap.records.slice(1) : snap.records) : []) as O[];
    if (!jh) {
      // The format before headers: accepted once, and rewritten with headers at once by a writer.
      if (sh) throw this.missing(`journal.log has lost its header and does not belong to snapshot.log (generation ${sh.generation})`);
      this.storeId = randomBytes(8).toString('hex');
      return { ops: [...snapshotOps, ...journalOps], skipJournal: false, upgrade: true };
    }
    this.storeId = jh.store;
    if (!snap) {
      if (jh.generation > 0) throw this.missing(`snapshot.log is missing (journal.log continues snapshot generation ${jh.generation})`);
      this.generation = 0;
      return { ops: journalOps, skipJournal: false, upgrade: false };
    }
    if (!sh) throw this.missing('snapshot.log has no header and does not belong to journal.log');
    if (sh.store !== jh.store) throw this.missing(`snapshot.log (store ${sh.store}) and journal.log (store ${jh.store}) belong to different stores`);
    if (jh.generation > sh.generation) {
      throw this.missing(`snapshot.log is generation ${sh.generation} but journal.log continues generation ${jh.generation}: the newer snapshot is missing`);
    }
    this.generation = sh.generation;
    this.snapshotBytes = snap.bytes;
    // One generation behind: a compaction stopped between its two renames; the snapshot holds it all.
    const skipJournal = jh.generation < sh.generation;
    return { ops: skipJournal ? snapshotOps : [...snapshotOps, ...journalOps], skipJournal, upgrade: false };
  }

  private parseSnapshot(buf: Buffer): ParsedFile {
    if (buf.length === 0) throw this.missing('snapshot.log is empty');
    const scan = scanLines(buf);
    // The snapshot is renamed into place only when complete: anything that does not check out is damage.
    if (scan.rest !== 'none') throw this.damaged(`snapshot.log is damaged at byte ${scan.validBytes}`);
    return { header: isHeader(scan.records[0]) ? scan.records[0] : null, records: scan.records, bytes: buf.length };
  }

  /** Parses journal.log; a writer also repairs its tail (see the file comment). */
  private parseJournal(buf: Buffer, repair: boolean): ParsedFile {
    const scan = scanLines(buf);
    const header = isHeader(scan.records[0]) ? scan.records[0] : null;
    let bytes = buf.length;
    if (scan.rest === 'bad-line' && scan.moreAfterBadLine) {
      throw this.damaged(`journal.log is damaged at byte ${scan.validBytes} with more records after it`);
    }
    if (scan.rest === 'bad-line') {
      const bad = buf.subarray(scan.validBytes);
      if (repair) {
        const aside = `${this.journalPath}.damaged-${new Date().toISOString().replace(/:/g, '-')}`;
        writeWhole(aside, bad);
        truncateFile(this.journalPath, scan.validBytes);
        this.events.onRepair?.(`the last record of journal.log (${bad.length} bytes) does not check out: it was moved to ${aside}; \`actorgraph salvage\` reads what it can`);
      } else {
        this.events.onRepair?.(`ignored the last record of journal.log (${bad.length} bytes): it does not check out`);
      }
      bytes = scan.validBytes;
    } else if (scan.rest === 'unterminated') {
      const rest = buf.subarray(scan.validBytes);
      const whole = scanLines(Buffer.concat([rest, Buffer.from('\n')]));
      if (whole.rest === 'none') {
        // A complete record that only lost its newline: it may have been acknowledged; keep it.
        scan.records.push(...whole.records);
        if (repair) {
          appendBytes(this.journalPath, Buffer.from('\n'));
          bytes += 1;
          this.events.onRepair?.('the last record of journal.log had lost its final newline: kept, and the newline restored');
        }
      } else {
        if (repair) truncateFile(this.journalPath, scan.validBytes);
        this.events.onTornTail?.(rest.length);
        bytes = scan.validBytes;
      }
    }
    return { header, records: scan.records, bytes };
  }

  private missing(what: string): Error {
    return new Error(`${this.dir} does not hold a complete store: ${what}. Restore DATA_DIR from a backup (actorgraph import), or run actorgraph salvage`);
  }

  private damaged(what: string): Error {
    return new Error(`${what} in ${this.dir}; run actorgraph salvage to export every record that checks out, then actorgraph import it into an empty DATA_DIR`);
  }

  /**
   * Appends one operation and resolves once it is on disk. Asynchronous so the process can do
   * other work (extract the next article) while the disk syncs; callers serialise appends.
   */
  async append(op: O): Promise<void> {
    if (this.fd === null) throw new Error(this.readOnly ? 'the store was opened read-only' : 'journal is not open');
    if (this.broken) throw this.broken;
    const bytes = Buffer.from(encodeRecord(op));
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
    this.journalOps++;
  }

  /**
   * Replaces snapshot + journal by a snapshot of these operations (the whole current state).
   * On failure (a full disk) nothing changes, the temp files are removed and the next attempt
   * waits until the journal has doubled.
   */
  compact(ops: Iterable<O>): void {
    if (this.fd === null) throw new Error('journal is not open');
    const next = this.generation + 1;
    const snapshotTmp = `${this.snapshotPath}.tmp`;
    const journalTmp = `${this.journalPath}.tmp`;
    try {
      const size = writeRecords(snapshotTmp, [this.header('snapshot', next)], ops);
      writeRecords(journalTmp, [this.header('journal', next)], []);
      // Snapshot first: a crash between the renames leaves a journal one generation behind, skipped at open.
      renameSync(snapshotTmp, this.snapshotPath);
      this.snapshotBytes = size;
    } catch (err) {
      for (const tmp of [snapshotTmp, journalTmp]) if (existsSync(tmp)) unlinkSync(tmp);
      this.retryCompactionAt = this.journalBytes * 2;
      throw err;
    }
    this.generation = next;
    this.swapJournal(journalTmp);
  }

  /** A fresh journal of the current generation in place of the old one. */
  private replaceJournal(): void {
    const tmp = `${this.journalPath}.tmp`;
    writeRecords(tmp, [this.header('journal', this.generation)], []);
    this.swapJournal(tmp);
  }

  private swapJournal(tmp: string): void {
    try {
      renameSync(tmp, this.journalPath);
      syncDir(this.dir);
      if (this.fd !== null) closeSync(this.fd);
      this.fd = openSync(this.journalPath, 'a');
    } catch (err) {
      // The snapshot may already be of the new generation: appending to the old journal would lose writes.
      this.broken = new Error(`the journal in ${this.dir} could not be replaced after a compaction; restart the process`);
      throw err;
    }
    this.journalBytes = fstatSync(this.fd).size;
    this.journalOps = 0;
    this.retryCompactionAt = 0;
  }

  private header(kind: FileHeader['actorgraph'], generation: number): FileHeader {
    return { actorgraph: kind, store: this.storeId, generation };
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.lock?.release();
    this.lock = null;
  }
}

/** Opens both files before reading either, so a compaction cannot swap one between the reads. */
function readPair(snapshotPath: string, journalPath: string): { snapshot: Buffer | null; journal: Buffer | null } {
  const snapshotFd = openIfExists(snapshotPath);
  const journalFd = openIfExists(journalPath);
  try {
    return { snapshot: snapshotFd === null ? null : readAll(snapshotFd), journal: journalFd === null ? null : readAll(journalFd) };
  } finally {
    if (snapshotFd !== null) closeSync(snapshotFd);
    if (journalFd !== null) closeSync(journalFd);
  }
}

function openIfExists(path: string): number | null {
  try {
    return openSync(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function readAll(fd: number): Buffer {
  const buf = Buffer.alloc(fstatSync(fd).size);
  let read = 0;
  while (read < buf.length) {
    const n = readSync(fd, buf, read, buf.length - read, read);
    if (n === 0) break;
    read += n;
  }
  return buf.subarray(0, read);
}

/** Writes records to a new file in chunks and fsyncs it; returns its size. */
function writeRecords(path: string, head: unknown[], ops: Iterable<unknown>): number {
  const fd = openSync(path, 'w');
  let total = 0;
  try {
    let chunk = head.map(encodeRecord).join('');
    const flush = () => {
      const bytes = Buffer.from(chunk);
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
      total += bytes.length;
      chunk = '';
    };
    for (const op of ops) {
      chunk += encodeRecord(op);
      if (chunk.length > 1 << 20) flush();
    }
    flush();
    fsyncSync(fd);
    if (fstatSync(fd).size !== total) throw new Error(`${path} is short`);
  } finally {
    closeSync(fd);
  }
  return total;
}

function writeWhole(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'wx');
  try {
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function truncateFile(path: string, length: number): void {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function appendBytes(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'a');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
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
