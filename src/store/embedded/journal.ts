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
import {
  encodeRecord, isHeader, lineChecksOut, parseRecord, scanFile, scanLines, type FileHeader,
} from './record-lines';

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

export interface JournalContents {
  /** The files are of an older format without headers: compact now to give them one. */
  upgrade: boolean;
}

/**
 * Where one record's line is in the files open now: the store keeps this instead of the record
 * (article text is most of a store's bytes) and reads the record again when it needs it.
 */
export class RecordAt {
  constructor(readonly file: 'snapshot' | 'journal', readonly offset: number, readonly length: number) {}
}

/** Each record of the store, in order, with where its line is. */
export type RecordVisitor<O> = (op: O, at: RecordAt) => void;

interface OpenFile {
  fd: number;
  size: number;
}

interface ParsedFile {
  header: FileHeader | null;
  bytes: number;
  /** Records other than the header. */
  ops: number;
}

export class Journal<O> {
  private fd: number | null = null;
  /** Read descriptors of the files the record locations point into (kept across renames by readers). */
  private readFds: { snapshot: number | null; journal: number | null } = { snapshot: null, journal: null };
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

  /**
   * Streams snapshot and journal records to `visit`, in order; for writing, locks DATA_DIR and
   * repairs the journal's tail. When it throws, records already visited do not make a store.
   */
  open(visit: RecordVisitor<O>): JournalContents {
    if (this.readOnly) {
      if (!existsSync(this.dir)) throw new Error(`DATA_DIR ${this.dir} does not exist`);
      try {
        return this.readConsistent(visit);
      } catch (err) {
        this.close();
        throw err;
      }
    }
    mkdirSync(this.dir, { recursive: true });
    this.lock = DataDirLock.acquire(this.dir);
    try {
      // Left by a compaction that failed (a full disk) or was killed: never part of the store.
      for (const tmp of [`${this.snapshotPath}.tmp`, `${this.journalPath}.tmp`]) if (existsSync(tmp)) unlinkSync(tmp);
      return this.openForWriting(visit);
    } catch (err) {
      this.close();
      throw err;
    }
  }

  private openForWriting(visit: RecordVisitor<O>): JournalContents {
    const { snapshot, journal } = this.openPair();
    if (!journal) {
      if (snapshot) {
        const snap = this.scanSnapshot(snapshot, () => undefined);
        throw this.missing(`journal.log is missing (snapshot.log is generation ${snap.header?.generation ?? 0}; the journal holds every write since)`);
      }
      this.storeId = randomBytes(8).toString('hex');
      this.replaceJournal();
      return { upgrade: false };
    }
    const snap = snapshot && this.scanSnapshot(snapshot, visit);
    const tail = this.scanJournal(journal, true, this.skipsJournal(snap, journal) ? null : visit);
    const { skipJournal, upgrade } = this.pair(snap, tail);
    this.fd = openSync(this.journalPath, 'a');
    this.journalBytes = tail.bytes;
    if (skipJournal) this.replaceJournal();
    else this.journalOps = tail.ops;
    return { upgrade };
  }

  /** Snapshot and journal read from descriptors opened together, retried across a compaction. */
  private readConsistent(visit: RecordVisitor<O>): JournalContents {
    for (let attempt = 1; ; attempt++) {
      const { snapshot, journal } = this.openPair();
      if (journal && attempt < READ_ATTEMPTS) {
        const jh = firstHeader(journal);
        // A compaction ran between the two opens: the journal continues a snapshot we did not open.
        if (jh && jh.generation > ((snapshot && firstHeader(snapshot)?.generation) ?? 0)) {
          this.closeReadFds();
          continue;
        }
      }
      const snap = snapshot && this.scanSnapshot(snapshot, journal ? visit : () => undefined);
      if (!journal) {
        if (snap) throw this.missing(`journal.log is missing (snapshot.log is generation ${snap.header?.generation ?? 0}; the journal holds every write since)`);
        throw new Error(`${this.dir} holds no actorgraph store (no snapshot.log or journal.log)`);
      }
      const tail = this.scanJournal(journal, false, this.skipsJournal(snap, journal) ? null : visit);
      return { upgrade: this.pair(snap, tail).upgrade };
    }
  }

  /** Opens both files before reading either, so a compaction cannot swap one between the reads. */
  private openPair(): { snapshot: OpenFile | null; journal: OpenFile | null } {
    this.readFds.snapshot = openIfExists(this.snapshotPath);
    this.readFds.journal = openIfExists(this.journalPath);
    const sized = (fd: number | null) => (fd === null ? null : { fd, size: fstatSync(fd).size });
    return { snapshot: sized(this.readFds.snapshot), journal: sized(this.readFds.journal) };
  }

  /** A journal one generation behind the snapshot is already folded into it (see `pair`). */
  private skipsJournal(snap: ParsedFile | null, journal: OpenFile): boolean {
    const jh = firstHeader(journal);
    return !!(snap?.header && jh && jh.generation < snap.header.generation);
  }

  /** Checks that snapshot and journal belong together; whether the journal's operations count. */
  private pair(snap: ParsedFile | null, journal: ParsedFile): { skipJournal: boolean; upgrade: boolean } {
    const sh = snap?.header ?? null;
    const jh = journal.header;
    if (!jh) {
      // The format before headers: accepted once, and rewritten with headers at once by a writer.
      if (sh) throw this.missing(`journal.log has lost its header and does not belong to snapshot.log (generation ${sh.generation})`);
      this.storeId = randomBytes(8).toString('hex');
      return { skipJournal: false, upgrade: true };
    }
    this.storeId = jh.store;
    if (!snap) {
      if (jh.generation > 0) throw this.missing(`snapshot.log is missing (journal.log continues snapshot generation ${jh.generation})`);
      this.generation = 0;
      return { skipJournal: false, upgrade: false };
    }
    if (!sh) throw this.missing('snapshot.log has no header and does not belong to journal.log');
    if (sh.store !== jh.store) throw this.missing(`snapshot.log (store ${sh.store}) and journal.log (store ${jh.store}) belong to different stores`);
    if (jh.generation > sh.generation) {
      throw this.missing(`snapshot.log is generation ${sh.generation} but journal.log continues generation ${jh.generation}: the newer snapshot is missing`);
    }
    this.generation = sh.generation;
    this.snapshotBytes = snap.bytes;
    // One generation behind: a compaction stopped between its two renames; the snapshot holds it all.
    return { skipJournal: jh.generation < sh.generation, upgrade: false };
  }

  private scanSnapshot(file: OpenFile, visit: RecordVisitor<O>): ParsedFile {
    if (file.size === 0) throw this.missing('snapshot.log is empty');
    let header: FileHeader | null = null;
    let ops = 0;
    const scan = scanFile(file.fd, file.size, (record, offset, length) => {
      if (offset === 0 && isHeader(record)) {
        header = record;
        return;
      }
      ops++;
      visit(record as O, new RecordAt('snapshot', offset, length));
    });
    // The snapshot is renamed into place only when complete: anything that does not check out is damage.
    if (scan.rest !== 'none') throw this.damaged(`snapshot.log is damaged at byte ${scan.validBytes}`);
    return { header, bytes: file.size, ops };
  }

  /** Scans journal.log, visiting its operations unless `visit` is null; a writer also repairs its tail (see the file comment). */
  private scanJournal(file: OpenFile, repair: boolean, visit: RecordVisitor<O> | null): ParsedFile {
    const header = firstHeader(file);
    let ops = 0;
    const counted = (record: unknown, offset: number, length: number) => {
      ops++;
      visit?.(record as O, new RecordAt('journal', offset, length));
    };
    const scan = scanFile(file.fd, file.size, (record, offset, length) => {
      if (offset === 0 && header) return;
      counted(record, offset, length);
    });
    let bytes = file.size;
    if (scan.rest === 'bad-line' && scan.moreAfterBadLine) {
      throw this.damaged(`journal.log is damaged at byte ${scan.validBytes} with more records after it`);
    }
    if (scan.rest === 'bad-line') {
      const bad = readRange(file.fd, scan.validBytes, file.size - scan.validBytes);
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
      const rest = readRange(file.fd, scan.validBytes, file.size - scan.validBytes);
      const whole = scanLines(Buffer.concat([rest, Buffer.from('\n')]));
      if (whole.rest === 'none') {
        // A complete record that only lost its newline: it may have been acknowledged; keep it.
        for (const record of whole.records) counted(record, scan.validBytes, rest.length + 1);
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
    return { header, bytes, ops };
  }

  private missing(what: string): Error {
    return new Error(`${this.dir} does not hold a complete store: ${what}. Restore DATA_DIR from a backup (actorgraph import), or run actorgraph salvage`);
  }

  private damaged(what: string): Error {
    return new Error(`${what} in ${this.dir}; run actorgraph salvage to export every record that checks out, then actorgraph import it into an empty DATA_DIR`);
  }

  /** The record at `at` (visited at open, appended or written by a compaction since), read again from disk. */
  read(at: RecordAt): O {
    const line = this.readLine(at);
    // A reader may have kept a last line whose newline was lost (it repairs nothing).
    const record = parseRecord(line.toString('utf8', 0, line[line.length - 1] === 0x0a ? line.length - 1 : line.length));
    if (record === undefined) throw this.changedOnDisk(at);
    return record as O;
  }

  private readLine(at: RecordAt): Buffer {
    const fd = this.readFds[at.file];
    if (fd === null) throw new Error('journal is not open');
    return readRange(fd, at.offset, at.length);
  }

  private changedOnDisk(at: RecordAt): Error {
    return this.damaged(`the record at byte ${at.offset} of ${at.file}.log no longer checks out`);
  }

  /**
   * Appends one operation and resolves, with where it is, once it is on disk. Asynchronous so the
   * process can do other work (extract the next article) while the disk syncs; callers serialise appends.
   */
  async append(op: O): Promise<RecordAt> {
    return (await this.appendMany([op]))[0];
  }

  /**
   * Appends operations with one write and one fsync (a group commit: a bulk load is bound by the
   * disk's syncs, not by extraction) and resolves, with where each is, once all are on disk.
   */
  async appendMany(ops: readonly O[]): Promise<RecordAt[]> {
    if (this.fd === null) throw new Error(this.readOnly ? 'the store was opened read-only' : 'journal is not open');
    if (this.broken) throw this.broken;
    const records = ops.map((op) => Buffer.from(encodeRecord(op)));
    const bytes = records.length === 1 ? records[0] : Buffer.concat(records);
    try {
      let written = 0;
      while (written < bytes.length) written += (await writeAsync(this.fd, bytes, written, bytes.length - written, null)).bytesWritten;
      await fsyncAsync(this.fd);
    } catch (err) {
      // Cut the partial records off, so later records do not land behind a fragment.
      try {
        ftruncateSync(this.fd, this.journalBytes);
        fsyncSync(this.fd);
      } catch {
        this.broken = new Error(`the journal in ${this.dir} could not be repaired after a failed write; restart the process`);
      }
      throw err;
    }
    return records.map((record) => {
      const at = new RecordAt('journal', this.journalBytes, record.length);
      this.journalBytes += record.length;
      this.journalOps++;
      return at;
    });
  }

  /**
   * Replaces snapshot + journal by a snapshot of these operations (the whole current state): an
   * operation, or the line of a record already on disk, copied as it is (checksum checked).
   * `moved` gets where each item now is, in order, once the new snapshot is in place: locations
   * given before point into files that are gone. On failure (a full disk) nothing changes, the
   * temp files are removed and the next attempt waits until the journal has doubled.
   */
  compact(items: Iterable<O | RecordAt>, moved: (at: RecordAt[]) => void = () => undefined): void {
    if (this.fd === null) throw new Error('journal is not open');
    const next = this.generation + 1;
    const snapshotTmp = `${this.snapshotPath}.tmp`;
    const journalTmp = `${this.journalPath}.tmp`;
    let at: RecordAt[];
    try {
      const copy = (from: RecordAt, into: Buffer): void => {
        const fd = this.readFds[from.file];
        if (fd === null || readSync(fd, into, 0, into.length, from.offset) !== into.length || !lineChecksOut(into)) throw this.changedOnDisk(from);
      };
      let size: number;
      ({ size, at } = writeRecords(snapshotTmp, this.header('snapshot', next), items, copy));
      writeRecords(journalTmp, this.header('journal', next), [], copy);
      // Snapshot first: a crash between the renames leaves a journal one generation behind, skipped at open.
      renameSync(snapshotTmp, this.snapshotPath);
      this.snapshotBytes = size;
    } catch (err) {
      for (const tmp of [snapshotTmp, journalTmp]) if (existsSync(tmp)) unlinkSync(tmp);
      this.retryCompactionAt = this.journalBytes * 2;
      throw err;
    }
    this.generation = next;
    try {
      if (this.readFds.snapshot !== null) closeSync(this.readFds.snapshot);
      this.readFds.snapshot = openSync(this.snapshotPath, 'r');
    } catch (err) {
      this.broken = new Error(`the snapshot in ${this.dir} could not be reopened after a compaction; restart the process`);
      throw err;
    }
    moved(at);
    this.swapJournal(journalTmp);
  }

  /** A fresh journal of the current generation in place of the old one. */
  private replaceJournal(): void {
    const tmp = `${this.journalPath}.tmp`;
    writeRecords(tmp, this.header('journal', this.generation), [], () => undefined);
    this.swapJournal(tmp);
  }

  private swapJournal(tmp: string): void {
    try {
      renameSync(tmp, this.journalPath);
      syncDir(this.dir);
      if (this.fd !== null) closeSync(this.fd);
      this.fd = openSync(this.journalPath, 'a');
      if (this.readFds.journal !== null) closeSync(this.readFds.journal);
      this.readFds.journal = openSync(this.journalPath, 'r');
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

  private closeReadFds(): void {
    for (const file of ['snapshot', 'journal'] as const) {
      const fd = this.readFds[file];
      this.readFds[file] = null;
      if (fd !== null) closeSync(fd);
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.closeReadFds();
    this.lock?.release();
    this.lock = null;
  }
}

/** The header of a file, when its first line is one. */
function firstHeader(file: OpenFile): FileHeader | null {
  const head = readRange(file.fd, 0, Math.min(file.size, 4096));
  const nl = head.indexOf(0x0a);
  const record = nl < 0 ? undefined : parseRecord(head.toString('utf8', 0, nl));
  return isHeader(record) ? record : null;
}

function openIfExists(path: string): number | null {
  try {
    return openSync(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Up to `length` bytes from `offset` (fewer at the end of the file). */
function readRange(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buf, read, length - read, offset + read);
    if (n === 0) break;
    read += n;
  }
  return buf.subarray(0, read);
}

const WRITE_CHUNK_BYTES = 4 << 20;

/**
 * Writes a header and items (an operation, or a line on disk that `copy` reads into the buffer
 * given) to a new file in chunks and fsyncs it; its size and where each item is. Lines are read
 * straight into the chunk: a compaction copies the whole store without a buffer per record.
 */
function writeRecords<O>(
  path: string, header: FileHeader, items: Iterable<O | RecordAt>, copy: (from: RecordAt, into: Buffer) => void,
): { size: number; at: RecordAt[] } {
  const fd = openSync(path, 'w');
  const at: RecordAt[] = [];
  let total = 0;
  try {
    const chunk = Buffer.allocUnsafe(WRITE_CHUNK_BYTES);
    let used = 0;
    const write = (bytes: Buffer) => {
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
      total += bytes.length;
    };
    const flush = () => {
      write(chunk.subarray(0, used));
      used = 0;
    };
    const add = (length: number, fill: (into: Buffer) => void) => {
      if (used + length > chunk.length) flush();
      if (length > chunk.length) {
        const own = Buffer.allocUnsafe(length);
        fill(own);
        write(own);
      } else {
        fill(chunk.subarray(used, used + length));
        used += length;
      }
    };
    const encoded = (op: unknown) => {
      const bytes = Buffer.from(encodeRecord(op));
      add(bytes.length, (into) => bytes.copy(into));
    };
    encoded(header);
    for (const item of items) {
      const offset = total + used;
      if (item instanceof RecordAt) {
        add(item.length, (into) => copy(item, into));
        at.push(new RecordAt('snapshot', offset, item.length));
      } else {
        encoded(item);
        at.push(new RecordAt('snapshot', offset, total + used - offset));
      }
    }
    flush();
    fsyncSync(fd);
    if (fstatSync(fd).size !== total) throw new Error(`${path} is short`);
  } finally {
    closeSync(fd);
  }
  return { size: total, at };
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
