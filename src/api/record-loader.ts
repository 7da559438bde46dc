/**
 * Records by id for one request (actors, interactions, topics, articles): loaded in batches like a
 * DataLoader, and once loaded answered without a promise. A list resolver primes the records its
 * items point to (a page's participants and topics), so each item's field completes at once: in
 * compiled execution a promise per item was most of the garbage of an uncached page.
 */
import DataLoader from 'dataloader';

export class RecordLoader<T> {
  private readonly loaded = new Map<string, T | null>();
  private readonly batches: DataLoader<string, T | null>;

  constructor(private readonly fetch: (ids: readonly string[]) => Promise<(T | null)[]>) {
    this.batches = new DataLoader(async (ids) => {
      const records = await this.fetch(ids);
      ids.forEach((id, k) => this.loaded.set(id, records[k] ?? null));
      return records;
    });
  }

  /** The record, or null when the store has none; at once when it was loaded before. */
  load(id: string): T | null | Promise<T | null> {
    const known = this.loaded.get(id);
    return known !== undefined || this.loaded.has(id) ? known ?? null : this.batches.load(id);
  }

  /** The records the store has, in the order of the ids (ids it no longer has are dropped). */
  loadAll(ids: readonly string[]): T[] | Promise<T[]> {
    if (ids.every((id) => this.loaded.has(id))) return present(ids.map((id) => this.loaded.get(id) ?? null));
    return Promise.all(ids.map((id) => this.batches.load(id))).then(present);
  }

  /** Each id's record or null, in order. */
  async loadEach(ids: readonly string[]): Promise<(T | null)[]> {
    await this.prime(ids);
    return ids.map((id) => this.loaded.get(id) ?? null);
  }

  /** Loads, in one store call, those of the ids not loaded yet (no promise per id). */
  async prime(ids: Iterable<string>): Promise<void> {
    const missing = new Set<string>();
    for (const id of ids) if (!this.loaded.has(id)) missing.add(id);
    if (missing.size === 0) return;
    const wanted = [...missing];
    const records = await this.fetch(wanted);
    wanted.forEach((id, k) => this.loaded.set(id, records[k] ?? null));
  }

  /** A record this request already has (one it just wrote). */
  set(id: string, record: T): void {
    this.loaded.set(id, record);
  }
}

const present = <T>(records: (T | null)[]): T[] => records.filter((r): r is T => r !== null);
