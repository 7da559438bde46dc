/**
 * Records by id for one request (actors, interactions, topics, articles), fetched in batches:
 * every id asked for in the same tick goes to the store in one call, as with a DataLoader. Once
 * loaded, a record is answered without a promise. A list resolver primes the records its items
 * point to (a page's participants and topics), so each item's field completes at once: in
 * compiled execution a promise per item was most of the garbage of an uncached page.
 */
export class RecordLoader<T> {
  private readonly loaded = new Map<string, T | null>();
  private pending = new Set<string>();
  private batch: Promise<void> | null = null;

  constructor(private readonly fetch: (ids: readonly string[]) => Promise<(T | null)[]>) {}

  /** The record, or null when the store has none; at once when it was loaded before. */
  load(id: string): T | null | Promise<T | null> {
    const known = this.loaded.get(id);
    if (known !== undefined) return known;
    if (this.loaded.has(id)) return null;
    return this.prime([id]).then(() => this.loaded.get(id) ?? null);
  }

  /** The records the store has, in the order of the ids (ids it no longer has are dropped). */
  loadAll(ids: readonly string[]): T[] | Promise<T[]> {
    if (ids.every((id) => this.loaded.has(id))) return this.present(ids);
    return this.prime(ids).then(() => this.present(ids));
  }

  /** Each id's record or null, in order; at once when all were loaded before. */
  loadEach(ids: readonly string[]): (T | null)[] | Promise<(T | null)[]> {
    if (ids.every((id) => this.loaded.has(id))) return ids.map((id) => this.loaded.get(id) ?? null);
    return this.prime(ids).then(() => ids.map((id) => this.loaded.get(id) ?? null));
  }

  /** Loads those of the ids not loaded yet, with whatever else is asked for in this tick. */
  prime(ids: Iterable<string>): Promise<void> {
    for (const id of ids) if (!this.loaded.has(id)) this.pending.add(id);
    if (this.pending.size === 0) return Promise.resolve();
    // Like DataLoader: the batch goes out after the promise jobs already queued, so that the
    // sibling fields resolved in the same pass join it.
    this.batch ??= Promise.resolve().then(() => new Promise<void>((resolve) => process.nextTick(resolve))).then(() => this.flush());
    return this.batch;
  }

  /** The record if it was loaded (null if the store has none); undefined if it was never asked for. */
  peek(id: string): T | null | undefined {
    return this.loaded.get(id);
  }

  /** The loaded records of these ids, in order: what loadAll answers once they are loaded. */
  peekAll(ids: readonly string[]): T[] {
    return this.present(ids);
  }

  /** A record this request already has (one it just wrote). */
  set(id: string, record: T): void {
    this.loaded.set(id, record);
  }

  private async flush(): Promise<void> {
    const ids = [...this.pending];
    this.pending = new Set();
    this.batch = null;
    const records = await this.fetch(ids);
    ids.forEach((id, k) => this.loaded.set(id, records[k] ?? null));
  }

  private present(ids: readonly string[]): T[] {
    const records: T[] = [];
    for (const id of ids) {
      const record = this.loaded.get(id);
      if (record) records.push(record);
    }
    return records;
  }
}
