/**
 * The interactions of one GraphState sorted oldest first, as a whole, per type and per actor, so
 * that a filtered selection is a binary search for the date range and a merge of a few sorted
 * lists, not a scan and sort of every interaction per request. Built once per state (lazily per
 * actor) and dropped with it.
 */
import type { InteractionType } from '../../domain/enums';
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
    // Distinct types never share an interaction: a merge of the lists, `first` steps at most.
    const precedes = (a: InteractionRecord, b: InteractionRecord) => compareKeys(interactionKey(a), interactionKey(b)) < 0;
    const nodes: InteractionRecord[] = [];
    while (nodes.length < first) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        if (positions[k] < ends[k] && (best < 0 || precedes(lists[k][positions[k]], lists[best][positions[best]]))) best = k;
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
  const start = from ? firstIndex(list, (d) => d >= from) : 0;
  const end = to ? firstIndex(list, (d) => d > to) : firstIndex(list, () => false);
  return [start, Math.max(start, end)];
}

/** First index whose date passes `test` (monotone over the dated part), or the first undated one. */
function firstIndex<T extends { date: string | null }>(list: T[], test: (date: string) => boolean): number {
  return firstWhere(0, list.length, (k) => {
    const d = list[k].date;
    return d === null || test(d);
  });
}

/** Where the part of a newest-first list (undated last) within the inclusive date bounds lies, [start, end); undated cut off by any bound. */
function dateBoundsNewestFirst<T extends { date: string | null }>(list: T[], from?: string | null, to?: string | null): [number, number] {
  if (!from && !to) return [0, list.length];
  const start = to ? firstIndex(list, (d) => d <= to) : 0;
  const end = from ? firstIndex(list, (d) => d < from) : firstIndex(list, () => false);
  return [start, Math.max(start, end)];
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
