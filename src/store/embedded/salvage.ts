/**
 * `actorgraph salvage`: every record of a damaged DATA_DIR that still checks out, folded into a
 * graph. Reads snapshot.log, then journal.log (unless a compaction already folded it into the
 * snapshot), then any `journal.log.damaged-*` set aside at open; writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphDump } from '../../domain/graph';
import { dumpGraph } from './dump';
import { foldOps, type StoreOp } from './embedded-store';
import { factsAt } from './graph-state';
import { isHeader, salvageLines } from './record-lines';

export interface Salvage {
  dump: GraphDump;
  /** One line per file read: records kept, lines that did not check out. */
  notes: string[];
}

export function salvageDataDir(dir: string): Salvage {
  if (!existsSync(dir)) throw new Error(`DATA_DIR ${dir} does not exist`);
  const files = ['snapshot.log', 'journal.log', ...readdirSync(dir).filter((n) => n.startsWith('journal.log.damaged-')).sort()]
    .filter((name) => existsSync(join(dir, name)));
  if (files.length === 0) throw new Error(`${dir} holds no actorgraph store (no snapshot.log or journal.log)`);
  const ops: StoreOp[] = [];
  const notes: string[] = [];
  let snapshotGeneration = -1;
  for (const name of files) {
    const { records, badLines, badBytes } = salvageLines(readFileSync(join(dir, name)));
    const header = records.find(isHeader);
    if (name === 'snapshot.log' && header) snapshotGeneration = header.generation;
    if (name === 'journal.log' && header && header.generation < snapshotGeneration) {
      notes.push(`${name}: skipped, generation ${header.generation} is already folded into snapshot.log (generation ${snapshotGeneration})`);
      continue;
    }
    const kept = records.filter(isStoreOp);
    ops.push(...kept);
    notes.push(`${name}: ${kept.length} records kept, ${badLines} damaged line(s) (${badBytes} bytes) skipped`);
  }
  return { dump: dumpGraph(foldOps(ops).state, (e) => factsAt(e.at, () => { throw new Error('salvage folds records in memory'); }).article), notes };
}

function isStoreOp(record: unknown): record is StoreOp {
  const op = (record as { op?: unknown } | null)?.op;
  return op === 'ingest' || op === 'remove' || op === 'merge' || op === 'unmerge';
}
