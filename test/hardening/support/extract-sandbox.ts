/**
 * Runs the built `extract` (dist/, built by `npm test`'s pretest) in a worker thread with a time
 * limit per input. `extract` is synchronous: in-process, an endless loop would freeze jest with
 * no report. In a worker, it is terminated and reported as a hang with the input that caused it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractionInput } from '../../../src/domain/extraction';

export const EXTRACT_ENTRY = join(__dirname, '../../../dist/extraction/index.js');

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { extract } = require(workerData.entry);
parentPort.on('message', ({ id, input }) => {
  try {
    parentPort.postMessage({ id, ok: true, result: extract(input) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, error: { name: String(e && e.name), message: String(e && e.message), stack: String(e && e.stack) } });
  }
});`;

export type SandboxOutcome =
  | { kind: 'result'; result: Extraction }
  | { kind: 'error'; name: string; message: string; stack: string }
  | { kind: 'hang'; ms: number };

export class ExtractSandbox {
  private worker: Worker | null = null;
  private seq = 0;

  constructor() {
    if (!existsSync(EXTRACT_ENTRY)) throw new Error(`${EXTRACT_ENTRY} is missing: run npm run build (npm test does it first)`);
  }

  private start(): Worker {
    this.worker ??= new Worker(WORKER_SOURCE, { eval: true, workerData: { entry: EXTRACT_ENTRY } });
    return this.worker;
  }

  run(input: ExtractionInput, timeoutMs: number): Promise<SandboxOutcome> {
    const worker = this.start();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void worker.terminate();
        this.worker = null;
        resolve({ kind: 'hang', ms: timeoutMs });
      }, timeoutMs);
      const onMessage = (m: { id: number; ok: boolean; result?: Extraction; error?: { name: string; message: string; stack: string } }) => {
        if (m.id !== id) return;
        cleanup();
        resolve(m.ok ? { kind: 'result', result: m.result! } : { kind: 'error', ...m.error! });
      };
      const onError = (err: Error) => {
        cleanup();
        this.worker = null;
        reject(err);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
