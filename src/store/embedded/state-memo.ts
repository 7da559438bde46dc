/**
 * Values derived from one GraphState (sorted interaction lists, spoke-to graphs, centrality,
 * counterparts), reused until the state changes. Keyed by the state object as well as its
 * version: removeArticle and mergeActors fold a new GraphState whose version counts up from 0
 * again, so a version alone can repeat with different contents.
 */
import type { GraphState } from './graph-state';

/** Entries kept for one state by default; past this the memo starts afresh (bounds memory). */
export const MAX_MEMO_ENTRIES = 5000;

export class StateMemo {
  private state: GraphState | null = null;
  private version = -1;
  private values = new Map<string, unknown>();

  constructor(private readonly maxEntries = MAX_MEMO_ENTRIES) {}

  get<T>(state: GraphState, key: string, compute: () => T): T {
    if (state !== this.state || state.version !== this.version || this.values.size >= this.maxEntries) {
      this.state = state;
      this.version = state.version;
      this.values = new Map();
    }
    if (!this.values.has(key)) this.values.set(key, compute());
    return this.values.get(key) as T;
  }
}
