/**
 * A bound on concurrent `search` queries, which scan all text: at most `concurrency` run, at most
 * `queue` wait, and any more are refused at once (SERVER_BUSY, HTTP 503 with Retry-After) rather
 * than left to queue until their clients time out.
 */
import { Sema } from 'async-sema';
import { ServerBusyError } from '../domain/errors';

export interface SearchGateLimits {
  /** Searches answered at the same time. */
  concurrency: number;
  /** Searches waiting for a turn; one more is refused. */
  queue: number;
}

export class SearchGate {
  private readonly sema: Sema;

  constructor(private readonly limits: SearchGateLimits) {
    this.sema = new Sema(limits.concurrency);
  }

  async run<T>(search: () => Promise<T>): Promise<T> {
    if (this.sema.tryAcquire() === undefined) {
      if (this.sema.nrWaiting() >= this.limits.queue) {
        throw new ServerBusyError(`too many searches at once (${this.limits.concurrency} running, ${this.limits.queue} waiting); try again shortly`);
      }
      await this.sema.acquire();
    }
    try {
      return await search();
    } finally {
      this.sema.release();
    }
  }
}
