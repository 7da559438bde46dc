/**
 * One writing process per DATA_DIR: the `LOCK` file.
 *
 * No flock/fcntl reaches Node without a native addon, so the lock is a file that is only ever
 * created whole: a claim file holding `<pid> <start time> <token>` is written and fsynced, then
 * hard-linked to `LOCK` (link is atomic and fails when `LOCK` exists). A reader therefore never
 * sees a half-written LOCK.
 *
 * A LOCK whose process is gone is taken over, and only by one process: removing the stale LOCK
 * with content C first needs the lock `LOCK.takeover-<hash of C>` (taken the same way, so a taker
 * that died mid-takeover is itself taken over). The winner re-reads LOCK and unlinks it only if it
 * still holds C. Nobody else ever unlinks C: its owner is dead, and every taker of another
 * content checks its own. So a live lock is never removed, and two racing processes cannot both
 * end up holding the store.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

interface Holder {
  pid: number;
  /** Process start time from /proc (clock ticks since boot), '' when unknown. */
  started: string;
  token: string;
  /** The whole content: identifies this LOCK instance. */
  raw: string;
}

export class LockBusyError extends Error {
  constructor(readonly holderPid: number, what: string) {
    super(`${what} is in use by another actorgraph process (pid ${holderPid}); stop it or use another DATA_DIR`);
  }
}

/** Tokens of the locks this process holds: a second store on the same DATA_DIR in this process is refused too. */
const heldTokens = new Set<string>();
const ATTEMPTS = 200;

export class DataDirLock {
  private constructor(private readonly path: string, private readonly token: string) {}

  /** Takes `<dir>/LOCK` or throws LockBusyError naming the live holder. */
  static acquire(dir: string): DataDirLock {
    const path = join(dir, 'LOCK');
    const lock = new DataDirLock(path, acquireFile(path, dir, 0));
    sweepClaims(dir);
    return lock;
  }

  release(): void {
    releaseFile(this.path, this.token);
  }
}

function acquireFile(path: string, what: string, depth: number): string {
  const token = randomBytes(12).toString('hex');
  const claim = `${path}.claim-${process.pid}-${token}`;
  writeWhole(claim, `${process.pid} ${startTime(process.pid)} ${token}\n`);
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        linkSync(claim, path);
        heldTokens.add(token);
        return token;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const holder = readHolder(path);
      if (!holder) continue; // released between our link and our read
      if (isLive(holder)) throw new LockBusyError(holder.pid, what);
      if (!removeStale(path, holder, depth)) sleep(Math.min(20, 2 + attempt)); // another process is taking it over
    }
    throw new Error(`could not lock ${what}: its LOCK kept changing`);
  } finally {
    unlinkQuietly(claim);
  }
}

/** Unlinks `path` if it still is `stale`; false when another process is taking it over. */
function removeStale(path: string, stale: Holder, depth: number): boolean {
  if (depth > 8) throw new Error(`could not take over the stale lock ${path}`);
  const guard = `${path}.takeover-${createHash('sha256').update(stale.raw).digest('hex').slice(0, 20)}`;
  let guardToken: string;
  try {
    guardToken = acquireFile(guard, guard, depth + 1);
  } catch (err) {
    if (err instanceof LockBusyError) return false;
    throw err;
  }
  try {
    if (readHolder(path)?.raw === stale.raw) unlinkSync(path);
  } finally {
    releaseFile(guard, guardToken);
  }
  return true;
}

function releaseFile(path: string, token: string): void {
  // Only we remove a LOCK of ours while we live, so check-then-unlink cannot race.
  if (heldTokens.delete(token) && readHolder(path)?.token === token) unlinkSync(path);
}

function readHolder(path: string): Holder | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  // `<pid> <start> <token>`; older versions wrote the pid alone.
  const [pid, started = '', token = ''] = raw.trim().split(' ');
  return { pid: Number(pid), started, token, raw };
}

function isLive(holder: Holder): boolean {
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  if (holder.pid === process.pid) return heldTokens.has(holder.token);
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // The pid may have been reused (a restarted container): compare start times where /proc has them.
  const started = startTime(holder.pid);
  return !holder.started || !started || started === holder.started;
}

function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces); the start time is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function writeWhole(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Claim files of processes killed between writing and removing them. */
function sweepClaims(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = /^LOCK(?:\.takeover-[0-9a-f]+)*\.claim-(\d+)-/.exec(name);
    if (m && Number(m[1]) !== process.pid && !isLive({ pid: Number(m[1]), started: '', token: '', raw: '' })) {
      unlinkQuietly(join(dir, name));
    }
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

