/**
 * The interactions of one GraphState sorted oldest first, as a whole, per type and per actor, so
 * that a filtered selection is a binary search for the date range and a merge of a few sorted
 * lists, not a scan and sort of every interaction per request. Built once per state (lazily per
 * actor) and dropped with it.
 */
import type { InteractionType } from '../../domain/enums';
import { BadInputError } from '../../domain/errors';
import { isIsoDate } from '../../domain/iso-date';
import type { InteractionRecord } from '../../domain/graph';
import type { InteractionFilter, InteractionOrder, Page, PageArgs } from '../graph-store';
import { compareByDateAsc, filterWith, interactionMatcher } from '../interaction-filter';
import { compareKeyTuples, compareNewestFirst, decodeCursor, edgeOf, interactionKey } from '../pagination';
import type { GraphState } from './graph-state';
import { firstWhere } from './first-where';

export class InteractionIndex {
  /** Every interaction, oldest first (compareByDateAsc: undated last, ties by id). */
  readonly asc: InteractionRecord[];
  /** Interaction id -> its position in `asc`: merging sorted sublists compares integers. */
  private readonly rank = new Map<string, number>();
  private readonly byType = new Map<InteractionType, InteractionRecord[]>();
  private readonly byActor = new Map<string, InteractionRecord[]>();
  /** Per topic, its interactions oldest first; built for all topics when first asked for. */
  private byTopic: Map<string, InteractionRecord[]> | null = null;
  /** DATE_DESC: every interaction and each type's, newest first; built when first asked for. */
  private newest: { all: InteractionRecord[]; byType: Map<InteractionType, InteractionRecord[]> } | null = null;

  constructor(private readonly state: GraphState) {
    this.asc = [...state.interactions.values()].map((s) => s.record).sort(compareByDateAsc);
    this.asc.forEach((i, k) => {
      this.rank.set(i.id, k);
      const list = this.byType.get(i.type);
      if (list) list.push(i);
      else this.byType.set(i.type, [i]);
    });
  }

  /** The interactions an actor (a resolved id) takes part in, oldest first. */
  ofActor(actorId: string): InteractionRecord[] {
    let list = this.byActor.get(actorId);
    if (!list) {
      list = [...(this.state.interactionsByActor.get(actorId) ?? [])].map((id) => this.state.interactions.get(id)!.record);
      list.sort((a, b) => this.rank.get(a.id)! - this.rank.get(b.id)!);
      this.byActor.set(actorId, list);
    }
    return list;
  }

  /** The interactions about a topic, oldest first. */
  ofTopic(topicId: string): InteractionRecord[] {
    if (!this.byTopic) {
      this.byTopic = new Map();
      for (const i of this.asc) {
        for (const t of i.topicIds) {
          const list = this.byTopic.get(t);
          if (list) list.push(i);
          else this.byTopic.set(t, [i]);
        }
      }
    }
    return this.byTopic.get(topicId) ?? [];
  }

  /**
   * The interactions matching the filter (`with` ids already resolved), in the given order.
   * Candidates: the fewest of the list of the `with` actor with the fewest interactions, the
   * lists of the filter's types, and those of its topics (else all); each cut to the date range
   * by binary search, merged, then filtered.
   */
  select(filter: InteractionFilter, orderBy: InteractionOrder = 'DATE_ASC'): InteractionRecord[] {
    const choices: { lists: InteractionRecord[][]; rest: InteractionFilter }[] = [];
    if (filter.with?.length) {
      const actor = filter.with.reduce((a, b) => (this.ofActor(b).length < this.ofActor(a).length ? b : a));
      // Every interaction of the actor's own list has it: only the others are left to test.
      choices.push({ lists: [this.ofActor(actor)], rest: filterWith(filter, { with: filter.with.filter((id) => id !== actor) }) });
    }
    if (filter.types?.length) choices.push({ lists: [...new Set(filter.types)].map((t) => this.byType.get(t) ?? []), rest: filter });
    if (filter.topics?.length) choices.push({ lists: [...new Set(filter.topics)].map((t) => this.ofTopic(t)), rest: filter });
    const size = (lists: InteractionRecord[][]) => lists.reduce((n, l) => n + l.length, 0);
    const { lists, rest } = choices.length ? choices.reduce((a, b) => (size(b.lists) < size(a.lists) ? b : a)) : { lists: [this.asc], rest: filter };
    const inRange = lists.map((list) => dateRange(list, filter.from, filter.to));
    const rows = this.merge(inRange).filter(interactionMatcher(rest));
    return orderBy === 'DATE_ASC' ? rows : newestFirst(rows);
  }

  /**
   * A page of `select(filter, orderBy)` taken straight from the sorted lists when they alone decide
   * what matches (types and dates; no actor, topic or status): counted and positioned by binary
   * search, merged only as far as the page reaches. Null when other conditions remain.
   */
  page(filter: InteractionFilter, orderBy: InteractionOrder, { first, after }: PageArgs): Page<InteractionRecord> | null {
    if (filter.with?.length || filter.topics?.length || filter.status) return null;
    const asc = orderBy === 'DATE_ASC';
    const sorted = asc ? { all: this.asc, byType: this.byType } : this.newestFirst();
    const lists = filter.types?.length ? [...new Set(filter.types)].map((t) => sorted.byType.get(t) ?? []) : [sorted.all];
    // Each list's date range as bounds, not copies: a wide range is thousands of interactions.
    const ends: number[] = [];
    const positions = lists.map((list, k) => {
      const [start, end] = asc ? dateBounds(list, filter.from, filter.to) : dateBoundsNewestFirst(list, filter.from, filter.to);
      ends[k] = end;
      return start;
    });
    const totalCount = lists.reduce((n, _list, k) => n + ends[k] - positions[k], 0);
    const compareKeys = asc ? compareKeyTuples : compareNewestFirst;
    if (after) {
      const cursor = decodeCursor(after);
      // The first of each list's range whose key sorts after the cursor's.
      lists.forEach((list, k) => { positions[k] = firstWhere(positions[k], ends[k], (m) => compareKeys(interactionKey(list[m]), cursor) > 0); });
    }
    const skipped = totalCount - lists.reduce((n, _list, k) => n + ends[k] - positions[k], 0);
    // Distinct types never share an interaction: a merge of the lists, `first` steps at most. The
    // heads compare by their date keys; only a tie reads the records (ids break it).
    const keys = lists.map(dateKeysOf);
    const precedes = (k: number, best: number): boolean => {
      const a = keys[k][positions[k]];
      const b = keys[best][positions[best]];
      if (a !== b) return asc || a === UNDATED || b === UNDATED ? a < b : a > b;
      return compareKeys(interactionKey(lists[k][positions[k]]), interactionKey(lists[best][positions[best]])) < 0;
    };
    const nodes: InteractionRecord[] = [];
    while (nodes.length < first) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        if (positions[k] < ends[k] && (best < 0 || precedes(k, best))) best = k;
      }
      if (best < 0) break;
      nodes.push(lists[best][positions[best]++]);
    }
    return {
      edges: nodes.map((node) => edgeOf(node, interactionKey)),
      totalCount, hasNextPage: skipped + first < totalCount, hasPreviousPage: skipped > 0,
    };
  }

  private newestFirst(): { all: InteractionRecord[]; byType: Map<InteractionType, InteractionRecord[]> } {
    if (!this.newest) {
      const byType = new Map<InteractionType, InteractionRecord[]>();
      for (const [type, list] of this.byType) byType.set(type, newestFirst(list));
      this.newest = { all: newestFirst(this.asc), byType };
    }
    return this.newest;
  }

  /** Sorted lists merged into one, oldest first; an interaction in two lists (two of its topics) once. */
  private merge(lists: InteractionRecord[][]): InteractionRecord[] {
    const nonEmpty = lists.filter((l) => l.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
    return nonEmpty.reduce((a, b) => {
      const out: InteractionRecord[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length && j < b.length) {
        const x = this.rank.get(a[i].id)!;
        const y = this.rank.get(b[j].id)!;
        out.push(x <= y ? a[i++] : b[j++]);
        if (x === y) j++;
      }
      while (i < a.length) out.push(a[i++]);
      while (j < b.length) out.push(b[j++]);
      return out;
    });
  }
}

/**
 * The part of an oldest-first list within the inclusive date bounds. With any bound, undated
 * interactions (sorted last) are cut off too, since they never pass a date bound.
 */
export function dateRange<T extends { date: string | null }>(list: T[], from?: string | null, to?: string | null): T[] {
  const [start, end] = dateBounds(list, from, to);
  return start === 0 && end === list.length ? list : list.slice(start, end);
}

/** Where dateRange's part lies in the list, [start, end): for loops that need no copy of it. */
export function dateBounds<T extends { date: string | null }>(list: T[], from?: string | null, to?: string | null): [number, number] {
  if (!from && !to) return [0, list.length];
  const keys = dateKeysOf(list);
  const [fromKey, toKey] = [boundKey(from), boundKey(to)];
  const start = from ? firstIndex(keys, (d) => d >= fromKey) : 0;
  const end = to ? firstIndex(keys, (d) => d > toKey) : firstIndex(keys, () => false);
  return [start, Math.max(start, end)];
}

/** Where the part of a newest-first list (undated last) within the inclusive date bounds lies, [start, end); undated cut off by any bound. */
function dateBoundsNewestFirst<T extends { date: string | null }>(list: T[], from?: string | null, to?: string | null): [number, number] {
  if (!from && !to) return [0, list.length];
  const keys = dateKeysOf(list);
  const [fromKey, toKey] = [boundKey(from), boundKey(to)];
  const start = to ? firstIndex(keys, (d) => d <= toKey) : 0;
  const end = from ? firstIndex(keys, (d) => d < fromKey) : firstIndex(keys, () => false);
  return [start, Math.max(start, end)];
}

/** First index whose date key passes `test` (monotone over the dated part), or the first undated one. */
function firstIndex(keys: Int32Array, test: (key: number) => boolean): number {
  return firstWhere(0, keys.length, (k) => keys[k] === UNDATED || test(keys[k]));
}

/**
 * A list's dates as integers of the same order, side by side, made when the list is first cut
 * by dates: a binary search over the records themselves read a record and its date string per
 * step, scattered over the heap (with the CPU's caches cold, the most of a dated page's search).
 * The lists are never changed once built.
 */
const dateKeys = new WeakMap<readonly { date: string | null }[], Int32Array>();
function dateKeysOf(list: readonly { date: string | null }[]): Int32Array {
  let keys = dateKeys.get(list);
  if (!keys) dateKeys.set(list, (keys = Int32Array.from(list, (i) => (i.date === null ? UNDATED : dateKey(i.date)))));
  return keys;
}

/** After every date's key. */
const UNDATED = 2 ** 31 - 1;

/** An ISO calendar date as yyyymmdd: the same order as the strings (the store holds only checked dates). */
function dateKey(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** A filter's date bound as a key; the API only passes checked dates, other callers are told. */
function boundKey(date: string | null | undefined): number {
  if (!date) return UNDATED;
  if (isIsoDate(date)) return dateKey(date);
  throw new BadInputError(`A date bound must be an ISO calendar date like "2025-07-03", got ${JSON.stringify(String(date).slice(0, 40))}`);
}

/**
 * An oldest-first list (ties by id, undated last) in DATE_DESC order: newest first, ties still by
 * id ascending, undated still last — the dated runs of equal dates reversed as blocks.
 */
function newestFirst(asc: InteractionRecord[]): InteractionRecord[] {
  let undated = asc.length;
  while (undated > 0 && asc[undated - 1].date === null) undated--;
  const out: InteractionRecord[] = [];
  let end = undated;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && asc[start - 1].date === asc[end - 1].date) start--;
    for (let k = start; k < end; k++) out.push(asc[k]);
    end = start;
  }
  for (let k = undated; k < asc.length; k++) out.push(asc[k]);
  return out;
}
