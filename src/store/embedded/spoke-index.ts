/**
 * The spoke-to network of one GraphState as adjacency lists built once, so that a path or a
 * network under any filter walks the neighbours of the actors it reaches instead of building a
 * graph of every matching interaction per request (a different date filter per request made that
 * a whole-graph rebuild each time).
 *
 * Actors are numbered densely in code-unit order of their ids and the lists are typed arrays
 * (compressed sparse rows): a map of string ids per neighbour and an object per interaction and
 * link took about ten times the memory, and walks compared strings where they now compare integers.
 *
 * Answers are exactly those of the graphology graph of ../spoke-network.ts built from the
 * matching interactions oldest first: there an actor's neighbours come in the order their edges
 * were created (the first matching interaction linking them, then by id, as linksOf orders the
 * links of one interaction), and breadth-first search and the bidirectional shortest path visit
 * them in that order, which decides ties between equally short paths and which nodes a limit keeps.
 *
 * Besides the spoke-to network's links (linksOf), the entries hold every other pair of parties of
 * an interaction (partyLinks: co-initiators of a one-way interaction, say) as PARTIES_ONLY, which
 * paths and networks skip: counterparts read every pair from the same index.
 */
import { INTERACTION_TYPES, type InteractionType } from '../../domain/enums';
import type { CounterpartRecord, InteractionRecord, NetworkEdgeRecord, PathHopRecord } from '../../domain/graph';
import { shortestChain, type Reached } from '../bidirectional-search';
import type { InteractionFilter } from '../graph-store';
import { interactionMatcher } from '../interaction-filter';
import { linksOf, partyLinks, type SpokeInteraction } from '../spoke-network';
import { dateBounds, type InteractionIndex } from './interaction-index';
import { firstWhere } from './first-where';

/** How an interaction links a pair (lo, hi), lo the smaller number: both ways undirected, or one bit per direction. */
const UNDIRECTED = 0;
const LO_TO_HI = 1;
const HI_TO_LO = 2;
/** Parties of the interaction, not linked by it in the spoke-to network: a counterpart only. */
const PARTIES_ONLY = 4;

export class SpokeIndex {
  /** Every interaction oldest first: an entry's rank is its place here. */
  private readonly records: InteractionRecord[];
  /** Number -> actor id, in code-unit order (linksOf's order of the ends of a link). */
  private readonly ids: string[];
  private readonly numbers = new Map<string, number>();
  /** Number -> place in localeCompare order (equal ids, equal places), as ../spoke-network.ts sorts edges. */
  private readonly collation: Int32Array;
  /** Actor a's neighbours are nbr[nbrStart[a] .. nbrStart[a + 1]), by number, with the pair linking them in nbrPair. */
  private readonly nbrStart: Int32Array;
  private readonly nbr: Int32Array;
  private readonly nbrPair: Int32Array;
  /** Pair p's entries, oldest first: entryRank[entryStart[p] .. entryStart[p + 1]), how each links the pair in entryDir. */
  private readonly entryStart: Int32Array;
  private readonly entryRank: Int32Array;
  private readonly entryDir: Uint8Array;
  /*
   * What a walk over a pair's entries reads of each interaction, kept with the entries rather than
   * by rank or in the records: the entries of a pair lie side by side, the interactions they name
   * are scattered, and in the server, between requests, other work evicts them from the CPU's
   * caches (counterparts over 24 entries took 5 us in a loop, 35 us with the caches cold).
   */
  /** Entry -> the interaction's type as a bit, with OCCURRED_BIT if it occurred: a filter's type and status tested without strings. */
  private readonly entryBits: Int32Array;
  /** Entry -> the interaction's date (null: undated), id, and topics as bits of topic numbers (topicWords words per entry). */
  private readonly entryDate: (string | null)[];
  private readonly entryInteractionId: string[];
  private readonly entryTopics: Int32Array;
  private readonly topicWords: number;
  /** Topic number -> id, numbered in code-unit order: a counterpart's topics come sorted from its bits. */
  private readonly topicIds: string[];
  /** Pair p links actors pairLo[p] < pairHi[p]. */
  private readonly pairLo: Int32Array;
  private readonly pairHi: Int32Array;

  constructor(interactions: InteractionIndex) {
    const records = (this.records = interactions.asc);
    // Every link once, flat, in typed arrays: its interaction's rank, its ends numbered in the order
    // first met (renumbered below) and its kind. Arrays of strings and objects here were most of
    // the memory `serve` peaked at when the index was built at 100k articles.
    const firstMet = new Map<string, number>();
    const metIds: string[] = [];
    const numberMet = (id: string): number => {
      let k = firstMet.get(id);
      if (k === undefined) {
        firstMet.set(id, (k = metIds.length));
        metIds.push(id);
      }
      return k;
    };
    const linkRank = new Int32List();
    const linkSource = new Int32List();
    const linkTarget = new Int32List();
    const linkKind = new Int32List();
    records.forEach((record, rank) => {
      for (const l of indexedLinks(record)) {
        linkRank.push(rank);
        linkSource.push(numberMet(l.source));
        linkTarget.push(numberMet(l.target));
        linkKind.push(LINK_KINDS.indexOf(l.kind));
      }
    });
    this.ids = [...metIds].sort();
    this.ids.forEach((id, k) => this.numbers.set(id, k));
    const renumbered = Int32Array.from(metIds, (id) => this.numbers.get(id)!);
    this.forward = new ReachedNodes(this.ids.length);
    this.reverse = new ReachedNodes(this.ids.length);
    this.kept = new ReachedNodes(this.ids.length);
    const n = this.ids.length;
    const links = linkRank.length;

    // Pairs numbered in (lo, hi) order: filled in that order, every neighbour list comes out sorted.
    const linkKey = new Float64Array(links);
    const linkDir = new Uint8Array(links);
    for (let k = 0; k < links; k++) {
      const a = renumbered[linkSource.at(k)];
      const b = renumbered[linkTarget.at(k)];
      linkKey[k] = Math.min(a, b) * n + Math.max(a, b);
      const kind = LINK_KINDS[linkKind.at(k)];
      linkDir[k] = kind === 'undirected' ? UNDIRECTED : kind === 'parties' ? PARTIES_ONLY : a < b ? LO_TO_HI : HI_TO_LO;
    }
    const pairKeys = uniqueSorted(linkKey);
    const pairs = pairKeys.length;

    // Entries: one per pair and interaction (its links between the pair merged), oldest first.
    const entryPair = new Int32Array(links);
    const rankOf = new Int32Array(links);
    const dirOf = new Uint8Array(links);
    const lastEntry = new Int32Array(pairs).fill(-1);
    let entries = 0;
    for (let k = 0; k < links; k++) {
      const p = indexOf(pairKeys, linkKey[k]);
      const last = lastEntry[p];
      if (last >= 0 && rankOf[last] === linkRank.at(k)) {
        dirOf[last] |= linkDir[k];
      } else {
        entryPair[entries] = p;
        rankOf[entries] = linkRank.at(k);
        dirOf[entries] = linkDir[k];
        lastEntry[p] = entries++;
      }
    }
    this.entryStart = new Int32Array(pairs + 1);
    for (let e = 0; e < entries; e++) this.entryStart[entryPair[e] + 1]++;
    for (let p = 0; p < pairs; p++) this.entryStart[p + 1] += this.entryStart[p];
    this.entryRank = new Int32Array(entries);
    this.entryDir = new Uint8Array(entries);
    const fill = this.entryStart.slice(0, pairs);
    for (let e = 0; e < entries; e++) {
      const at = fill[entryPair[e]]++;
      this.entryRank[at] = rankOf[e];
      this.entryDir[at] = dirOf[e];
    }
    const topics = new Set<string>();
    for (const r of records) for (const t of r.topicIds) topics.add(t);
    this.topicIds = [...topics].sort();
    const topicNumbers = new Map(this.topicIds.map((id, k) => [id, k]));
    const words = (this.topicWords = Math.ceil(this.topicIds.length / 32));
    this.entryBits = new Int32Array(entries);
    this.entryDate = new Array<string | null>(entries);
    this.entryInteractionId = new Array<string>(entries);
    this.entryTopics = new Int32Array(entries * words);
    for (let e = 0; e < entries; e++) {
      const record = records[this.entryRank[e]];
      this.entryBits[e] = TYPE_BIT[record.type] | (record.status === 'OCCURRED' ? OCCURRED_BIT : 0);
      this.entryDate[e] = record.date;
      this.entryInteractionId[e] = record.id;
      for (const id of record.topicIds) {
        const t = topicNumbers.get(id)!;
        this.entryTopics[e * words + (t >>> 5)] |= 1 << (t & 31);
      }
    }

    this.pairLo = Int32Array.from(pairKeys, (key) => Math.floor(key / n));
    this.pairHi = Int32Array.from(pairKeys, (key) => key % n);
    this.nbrStart = new Int32Array(n + 1);
    for (let p = 0; p < pairs; p++) {
      this.nbrStart[this.pairLo[p] + 1]++;
      this.nbrStart[this.pairHi[p] + 1]++;
    }
    for (let a = 0; a < n; a++) this.nbrStart[a + 1] += this.nbrStart[a];
    this.nbr = new Int32Array(2 * pairs);
    this.nbrPair = new Int32Array(2 * pairs);
    const next = this.nbrStart.slice(0, n);
    for (let p = 0; p < pairs; p++) {
      const lo = this.pairLo[p];
      const hi = this.pairHi[p];
      this.nbr[next[lo]] = hi;
      this.nbrPair[next[lo]++] = p;
      this.nbr[next[hi]] = lo;
      this.nbrPair[next[hi]++] = p;
    }

    this.collation = new Int32Array(n);
    const byCollation = Array.from(this.ids.keys()).sort((a, b) => byLocale(this.ids[a], this.ids[b]));
    byCollation.forEach((a, k) => {
      this.collation[a] = k > 0 && byLocale(this.ids[byCollation[k - 1]], this.ids[a]) === 0 ? this.collation[byCollation[k - 1]] : k;
    });
  }

  /** The number of neighbours of an actor over matching interactions: its degree in the network. */
  degree(actorId: string, filter: InteractionFilter): number {
    const a = this.numbers.get(actorId);
    if (a === undefined) return 0;
    const q = this.query(filter);
    let found = 0;
    for (let k = this.nbrStart[a]; k < this.nbrStart[a + 1]; k++) if (this.firstRank(this.nbrPair[k], q) >= 0) found++;
    return found;
  }

  /**
   * Whom an actor (a resolved id) is linked to by matching interactions: per counterpart the
   * interactions oldest first, their first and last date and their topics; most interactions
   * first, then by id in localeCompare order.
   */
  counterparts(actorId: string, filter: InteractionFilter): CounterpartRecord[] {
    const a = this.numbers.get(actorId);
    if (a === undefined) return [];
    const q = this.window(filter);
    const words = this.topicWords;
    const topics = new Int32Array(words);
    const found: CounterpartRecord[] = [];
    const places: number[] = [];
    for (let k = this.nbrStart[a]; k < this.nbrStart[a + 1]; k++) {
      const p = this.nbrPair[k];
      const end = this.entryStart[p + 1];
      // Made at the first match: under a date window most of a hub's pairs have none.
      let interactionIds: string[] | null = null;
      let first = -1;
      let last = -1;
      for (let e = this.firstInWindow(p, q); e < end && this.entryRank[e] < q.end; e++) {
        if (!this.matches(e, q)) continue;
        if (!interactionIds) {
          interactionIds = [];
          topics.fill(0);
        }
        interactionIds.push(this.entryInteractionId[e]);
        for (let w = 0; w < words; w++) topics[w] |= this.entryTopics[e * words + w];
        if (this.entryDate[e] !== null) {
          if (first < 0) first = e;
          last = e;
        }
      }
      if (!interactionIds) continue;
      places.push(this.collation[this.nbr[k]]);
      found.push({
        actorId: this.ids[this.nbr[k]],
        count: interactionIds.length,
        firstDate: first < 0 ? null : this.entryDate[first],
        lastDate: last < 0 ? null : this.entryDate[last],
        topicIds: this.topicsOf(topics),
        interactionIds,
      });
    }
    const order = Array.from(found.keys()).sort((x, y) => found[y].count - found[x].count || places[x] - places[y]);
    return order.map((n) => found[n]);
  }

  /** The ids of the topics whose bits are set, sorted (numbers follow the ids' code-unit order). */
  private topicsOf(bits: Int32Array): string[] {
    const ids: string[] = [];
    for (let w = 0; w < bits.length; w++) {
      for (let rest = bits[w]; rest !== 0; rest &= rest - 1) ids.push(this.topicIds[w * 32 + 31 - Math.clz32(rest & -rest)]);
    }
    return ids;
  }

  /** Shortest chain between two actors (resolved ids), as graphology's bidirectional search finds it. */
  shortestPath(fromId: string, toId: string, maxHops: number, filter: InteractionFilter): PathHopRecord[] | null {
    const from = this.numbers.get(fromId);
    const to = this.numbers.get(toId);
    if (from === undefined || to === undefined || from === to) return null;
    const q = this.query(filter);
    const nodes = shortestChain(from, to, (a) => this.neighbours(a, q), maxHops, [this.forward.clear(), this.reverse.clear()]);
    if (!nodes) return null;
    return nodes.slice(1).map((toNode, k) => ({
      fromId: this.ids[nodes[k]],
      toId: this.ids[toNode],
      interactionIds: this.matching(this.nbrPair[this.slotOf(nodes[k], toNode)], q).map((e) => this.entryInteractionId[e]),
    }));
  }

  /**
   * The network around a center: the first `limit` actors within `depth` hops, nearest first
   * (breadth-first), and the edges among them; no actors when the center is no node of the
   * network (no matching interaction in which it is a party).
   */
  network(centerId: string, depth: number, filter: InteractionFilter, isNode: (id: string) => boolean, limit: number): { actorIds: string[]; edges: NetworkEdgeRecord[] } {
    if (limit < 1) return { actorIds: [], edges: [] };
    const q = this.query(filter);
    const center = this.numbers.get(centerId);
    const around = center === undefined ? [] : this.neighbours(center, q);
    // A center linked to anyone is a party; only one without links needs the slower test.
    if (around.length === 0 && !isNode(centerId)) return { actorIds: [], edges: [] };
    if (center === undefined) return { actorIds: [centerId], edges: [] };
    const kept = this.kept.clear();
    kept.set(center, undefined);
    const found = [center];
    // Breadth-first, the order of discovery is the order of the answer: the walk stops at `limit`.
    walk: for (let d = 0, from = 0; d < depth && from < found.length && found.length < limit; d++) {
      const to = found.length;
      for (let k = from; k < to; k++) {
        const a = found[k];
        for (const b of a === center ? around : this.neighbours(a, q)) {
          if (kept.has(b)) continue;
          kept.set(b, undefined);
          found.push(b);
          if (found.length >= limit) break walk;
        }
      }
      from = to;
    }
    return { actorIds: found.map((x) => this.ids[x]), edges: this.edgesAmongKept(found, q) };
  }

  /**
   * Edges among the given actors, heaviest first: per pair, one undirected edge for the spoke-to
   * (and other undirected) interactions, and one directed edge per direction of the others.
   */
  edgesAmong(actorIds: readonly string[], filter: InteractionFilter): NetworkEdgeRecord[] {
    const keep = this.kept.clear();
    const kept: number[] = [];
    for (const id of actorIds) {
      const a = this.numbers.get(id);
      if (a !== undefined && !keep.has(a)) {
        keep.set(a, undefined);
        kept.push(a);
      }
    }
    return this.edgesAmongKept(kept, this.query(filter));
  }

  /** Edges among the actors marked in `this.kept` (listed in `kept`). */
  private edgesAmongKept(kept: readonly number[], q: Query): NetworkEdgeRecord[] {
    // Membership by a mark per actor number, not a Set: a depth-2 network tests thousands of neighbours.
    const keep = this.kept;
    const pairs: number[] = [];
    for (const a of kept) {
      const start = this.nbrStart[a];
      const end = this.nbrStart[a + 1];
      // The shorter way round: a hub's neighbours can far outnumber the actors kept.
      if (end - start <= kept.length) {
        for (let k = start; k < end; k++) if (a < this.nbr[k] && keep.has(this.nbr[k])) pairs.push(this.nbrPair[k]);
      } else {
        for (const b of kept) {
          if (a >= b) continue;
          const k = this.slotOf(a, b);
          if (k >= 0) pairs.push(this.nbrPair[k]);
        }
      }
    }
    const { whole } = q;
    if (whole) {
      // Edges read before, ranked in the answer's order once: their places marked in a bit set and
      // read back in order (sorting them was most of the time; the set is a bit per edge of the store).
      const { placeBits } = whole;
      for (const p of pairs) {
        for (let e = whole.pairStart[p]; e < whole.pairStart[p + 1]; e++) placeBits[whole.place[e] >>> 5] |= 1 << (whole.place[e] & 31);
      }
      const out: NetworkEdgeRecord[] = [];
      for (let w = 0; w < placeBits.length; w++) {
        for (let bits = placeBits[w]; bits !== 0; bits &= bits - 1) out.push(whole.sorted[w * 32 + 31 - Math.clz32(bits & -bits)]);
        placeBits[w] = 0;
      }
      return out;
    }
    const edges: KeyedEdge[] = [];
    for (const p of pairs) this.pairEdges(p, q, edges);
    return answerOrder(edges).map((k) => k.edge);
  }

  /**
   * Every pair's edges under a query that spans all dates, read once per filter of types and
   * status (a network without a date bound, rotating over centers, reads the same edges again and
   * again): the edges by pair, each edge's place in the answer's order, and each actor's
   * neighbours in order once the actor is first expanded. At most
   * WHOLE_RANGE_FILTERS filters are kept, so clients sending ever new type lists cannot fill memory;
   * others are read from the entries each time. Null when the query has a date bound or tests records.
   */
  private wholeRange(q: Query): WholeRangeEdges | null {
    if (q.start !== 0 || q.end !== this.records.length || q.general) return null;
    const key = `${q.types}:${q.occurred}`;
    let whole = this.wholeRanges.get(key);
    if (whole || this.wholeRanges.size >= WHOLE_RANGE_FILTERS) return whole ?? null;
    const pairs = this.pairLo.length;
    const pairStart = new Int32Array(pairs + 1);
    const firstRank = new Int32Array(pairs);
    const edges: KeyedEdge[] = [];
    for (let p = 0; p < pairs; p++) {
      pairStart[p] = edges.length;
      this.pairEdges(p, q, edges);
      firstRank[p] = this.firstMatching(p, q);
    }
    pairStart[pairs] = edges.length;
    for (const k of edges) Object.freeze(k.edge);
    const order = answerOrder(edges.map((edge, at) => ({ ...edge, at })));
    const place = new Int32Array(edges.length);
    order.forEach((k, n) => { place[k.at] = n; });
    const neighbours = new Array<readonly number[] | undefined>(this.ids.length).fill(undefined);
    whole = { pairStart, place, placeBits: new Int32Array(Math.ceil(edges.length / 32)), sorted: order.map((k) => k.edge), firstRank, neighbours };
    this.wholeRanges.set(key, whole);
    return whole;
  }

  private readonly wholeRanges = new Map<string, WholeRangeEdges>();

  /** The two sides of a path's search, reused: on a hub's hundreds of neighbours, Maps were most of a search's time. */
  private readonly forward: ReachedNodes;
  private readonly reverse: ReachedNodes;
  /** The actors of a network (network's walk, then its edges), reused the same way. */
  private readonly kept: ReachedNodes;

  /**
   * Per way (undirected, lo -> hi, hi -> lo) of the pair being read: weight, type bits, first and
   * last dated entry. Kept here and reused, not four arrays and a closure per pair: a depth-2
   * network reads thousands of pairs, and those small objects outlived the young generation.
   */
  private readonly weight = new Int32Array(3);
  private readonly types = new Int32Array(3);
  private readonly firstDated = new Int32Array(3);
  private readonly lastDated = new Int32Array(3);

  /** A pair's edges under the query: the undirected one, then one per direction in the order they first occur. */
  private pairEdges(p: number, q: Query, edges: KeyedEdge[]): void {
    // Ranks ascend with the date, so the first and last dated matching entries carry the date range.
    const { weight, types, firstDated, lastDated } = this;
    weight.fill(0);
    types.fill(0);
    firstDated.fill(-1);
    lastDated.fill(-1);
    let hiToLoFirst = false;
    const end = this.entryStart[p + 1];
    for (let k = this.firstInWindow(p, q); k < end && this.entryRank[k] < q.end; k++) {
      if (!this.matches(k, q)) continue;
      const dir = this.entryDir[k];
      // linksOf lists the link from the smaller id first: lo -> hi before hi -> lo within one interaction.
      if (dir & HI_TO_LO && weight[2] === 0) hiToLoFirst = weight[1] === 0 && !(dir & LO_TO_HI);
      for (let way = 0; way < 3; way++) {
        if (way === 0 ? dir !== UNDIRECTED : !(dir & way)) continue;
        weight[way]++;
        types[way] |= this.entryBits[k];
        if (this.entryDate[k] !== null) {
          if (firstDated[way] < 0) firstDated[way] = k;
          lastDated[way] = k;
        }
      }
    }
    const lo = this.pairLo[p];
    const hi = this.pairHi[p];
    this.pushEdge(edges, 0, lo, hi);
    if (hiToLoFirst) {
      this.pushEdge(edges, HI_TO_LO, hi, lo);
      this.pushEdge(edges, LO_TO_HI, lo, hi);
    } else {
      this.pushEdge(edges, LO_TO_HI, lo, hi);
      this.pushEdge(edges, HI_TO_LO, hi, lo);
    }
  }

  /** The edge of one way of the pair pairEdges has just read, if any interaction went that way; with its ends' places in collation order, edgesAmong's sort keys. */
  private pushEdge(edges: KeyedEdge[], way: number, source: number, target: number): void {
    const weight = this.weight[way];
    if (weight === 0) return;
    const first = this.firstDated[way];
    const last = this.lastDated[way];
    const edge: NetworkEdgeRecord = {
      source: this.ids[source], target: this.ids[target], directed: way !== 0, weight,
      types: typesOf(this.types[way] & ~OCCURRED_BIT),
      firstDate: first < 0 ? null : this.entryDate[first],
      lastDate: last < 0 ? null : this.entryDate[last],
    };
    edges.push({ edge, source: this.collation[source], target: this.collation[target] });
  }

  /** The filter compiled, with the whole-range edges read before when it spans all dates. */
  private query(filter: InteractionFilter): Query {
    const q = this.window(filter);
    q.whole = this.wholeRange(q);
    return q;
  }

  /** The filter compiled for the entries. */
  private window(filter: InteractionFilter): Query {
    const [start, end] = dateBounds(this.records, filter.from, filter.to);
    return {
      start, end, whole: null,
      types: filter.types?.length ? filter.types.reduce((bits, t) => bits | TYPE_BIT[t], 0) : ALL_TYPES,
      occurred: filter.status ? Number(filter.status === 'OCCURRED') : -1,
      // Topics and actors: the general test, on the record.
      general: filter.topics?.length || filter.with?.length ? interactionMatcher(filter) : null,
    };
  }

  /** Whether the interaction of entry e, inside the query's window, matches its filter. */
  private matches(e: number, q: Query): boolean {
    const bits = this.entryBits[e];
    if (!(bits & q.types)) return false;
    if (q.occurred >= 0 && Number((bits & OCCURRED_BIT) !== 0) !== q.occurred) return false;
    return !q.general || q.general(this.records[this.entryRank[e]]);
  }

  /** Pair p's first entry at or after the window's start (binary search: its ranks ascend). */
  private firstInWindow(p: number, q: Query): number {
    if (q.start === 0) return this.entryStart[p];
    return firstWhere(this.entryStart[p], this.entryStart[p + 1], (k) => this.entryRank[k] >= q.start);
  }

  /** The rank of pair p's oldest interaction that matches the filter, or -1; read before when the query spans all dates. */
  private firstRank(p: number, q: Query): number {
    return q.whole ? q.whole.firstRank[p] : this.firstMatching(p, q);
  }

  /** The rank of pair p's oldest spoke-to interaction that matches the filter, or -1, from its entries. */
  private firstMatching(p: number, q: Query): number {
    const end = this.entryStart[p + 1];
    for (let k = this.firstInWindow(p, q); k < end && this.entryRank[k] < q.end; k++) {
      if (this.entryDir[k] !== PARTIES_ONLY && this.matches(k, q)) return this.entryRank[k];
    }
    return -1;
  }

  /** The entries of pair p's spoke-to interactions that match the filter, oldest first. */
  private matching(p: number, q: Query): number[] {
    const out: number[] = [];
    const end = this.entryStart[p + 1];
    for (let k = this.firstInWindow(p, q); k < end && this.entryRank[k] < q.end; k++) {
      if (this.entryDir[k] !== PARTIES_ONLY && this.matches(k, q)) out.push(k);
    }
    return out;
  }

  /**
   * The neighbours of actor a over matching interactions, in the graph's edge-creation order: by
   * first matching rank, then number. Over all dates, each actor's are ordered once per filter
   * (a path's search and a network's walk expand the same hubs request after request).
   */
  private neighbours(a: number, q: Query): readonly number[] {
    const { whole } = q;
    if (!whole) return this.orderedNeighbours(a, q);
    return (whole.neighbours[a] ??= Object.freeze(this.orderedNeighbours(a, q)));
  }

  private orderedNeighbours(a: number, q: Query): number[] {
    const n = this.ids.length;
    // rank * n + number: one float per neighbour, sorted numerically, is the order wanted.
    const keys: number[] = [];
    for (let k = this.nbrStart[a]; k < this.nbrStart[a + 1]; k++) {
      const rank = this.firstRank(this.nbrPair[k], q);
      if (rank >= 0) keys.push(rank * n + this.nbr[k]);
    }
    const sorted = Float64Array.from(keys).sort();
    return Array.from(sorted, (key) => key % n);
  }

  /** Where b is in a's neighbour list (sorted by number), or -1. */
  private slotOf(a: number, b: number): number {
    const end = this.nbrStart[a + 1];
    const k = firstWhere(this.nbrStart[a], end, (m) => this.nbr[m] >= b);
    return k < end && this.nbr[k] === b ? k : -1;
  }
}

/**
 * One side of a path's search over actor numbers, in typed arrays; cleared by a new generation,
 * not by writing every slot again (doubles count exactly to 2^53: no wrap-around to handle).
 * Searches run one at a time (shortestChain is synchronous).
 */
class ReachedNodes implements Reached<number> {
  private readonly generationOf: Float64Array;
  private readonly from: Int32Array;
  private generation = 0;

  constructor(size: number) {
    this.generationOf = new Float64Array(size);
    this.from = new Int32Array(size);
  }

  clear(): this {
    this.generation++;
    return this;
  }

  has(node: number): boolean {
    return this.generationOf[node] === this.generation;
  }

  get(node: number): number | undefined {
    return this.has(node) && this.from[node] >= 0 ? this.from[node] : undefined;
  }

  set(node: number, from: number | undefined): void {
    this.generationOf[node] = this.generation;
    this.from[node] = from ?? -1;
  }
}

type LinkKind = 'undirected' | 'directed' | 'parties';
const LINK_KINDS: readonly LinkKind[] = ['undirected', 'directed', 'parties'];

/** Integers pushed into a typed array that doubles when full: the index's links, counted as they come. */
class Int32List {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(k: number): number {
    return this.data[k];
  }
}

/**
 * An interaction's links as the index holds them: linksOf's, and for a one-way interaction (whose
 * links run from initiators to recipients only) its other pairs of parties as 'parties'.
 */
function indexedLinks(record: SpokeInteraction): { source: string; target: string; kind: LinkKind }[] {
  const spoke = linksOf(record).map((l) => ({ source: l.source, target: l.target, kind: (l.directed ? 'directed' : 'undirected') as LinkKind }));
  if (spoke[0]?.kind !== 'directed') return spoke;
  const linked = new Set(spoke.map((l) => (l.source < l.target ? `${l.source}\n${l.target}` : `${l.target}\n${l.source}`)));
  const others = partyLinks(record).filter((l) => !linked.has(`${l.source}\n${l.target}`));
  return [...spoke, ...others.map((l) => ({ source: l.source, target: l.target, kind: 'parties' as LinkKind }))];
}

/** An edge and the places of its ends in collation order. */
interface KeyedEdge {
  edge: NetworkEdgeRecord;
  source: number;
  target: number;
}

/** Edges in the order of a network's answer: heaviest first, then by their ends in collation order, undirected first. */
function answerOrder<T extends KeyedEdge>(edges: T[]): T[] {
  return edges.sort((a, b) => b.edge.weight - a.edge.weight || a.source - b.source || a.target - b.target
    || Number(a.edge.directed) - Number(b.edge.directed));
}

/** How many filters of types and status keep their whole-range edges (SpokeIndex.wholeRange). */
const WHOLE_RANGE_FILTERS = 2;

/** Every pair's edges under one filter of types and status, over all dates. */
interface WholeRangeEdges {
  /** Pair p's edges are those numbered pairStart[p] .. pairStart[p + 1]). */
  pairStart: Int32Array;
  /** Edge number -> its place in the answer's order. */
  place: Int32Array;
  /** A bit per place, all clear between calls: edgesAmong's sort. */
  placeBits: Int32Array;
  /** The edges in the answer's order (frozen: every answer shares them). */
  sorted: NetworkEdgeRecord[];
  /** Pair p's oldest matching interaction (its rank), or -1. */
  firstRank: Int32Array;
  /** Actor a's neighbours in order (SpokeIndex.neighbours), filled in as actors are first expanded. */
  neighbours: (readonly number[] | undefined)[];
}

/** A filter compiled for the entries: interactions of ranks [start, end), by type bits and status. */
interface Query {
  start: number;
  end: number;
  types: number;
  /** 1: occurred only, 0: planned only, -1: either. */
  occurred: number;
  general: ((i: InteractionRecord) => boolean) | null;
  /** Every pair's edges read before, when the query spans all dates and tests no records. */
  whole: WholeRangeEdges | null;
}

const TYPE_BIT = Object.fromEntries(INTERACTION_TYPES.map((t, k) => [t, 1 << k])) as Record<InteractionType, number>;
const ALL_TYPES = (1 << INTERACTION_TYPES.length) - 1;
/** Set in an entry's bits when its interaction occurred (above every type's bit). */
const OCCURRED_BIT = 1 << 30;
/** An edge's types in the order ../spoke-network.ts gives them (sorted). */
const TYPES_SORTED = [...INTERACTION_TYPES].sort();
/** The sorted type names of a set of type bits: one shared, frozen list per set, not one per edge. */
const typeLists = new Map<number, readonly InteractionType[]>();
function typesOf(bits: number): InteractionType[] {
  let list = typeLists.get(bits);
  if (!list) typeLists.set(bits, (list = Object.freeze(TYPES_SORTED.filter((t) => bits & TYPE_BIT[t]))));
  return list as InteractionType[];
}

/** String.prototype.localeCompare's order, as ../spoke-network.ts sorts edges. */
const byLocale = new Intl.Collator().compare;

/** The distinct values, ascending. */
function uniqueSorted(values: Float64Array): Float64Array {
  const sorted = values.slice().sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k];
  return sorted.slice(0, n);
}

/** Where a value is in an ascending array that holds it. */
function indexOf(sorted: Float64Array, value: number): number {
  return firstWhere(0, sorted.length, (k) => sorted[k] >= value);
}
