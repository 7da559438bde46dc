/**
 * Normalised betweenness centrality of an unweighted network (Brandes), as graphology-metrics'
 * betweenness computes it without edge weights, to the last bit: nodes and neighbours in the
 * graph's own order, the same sums in the same order. Its indexed Brandes made an array of
 * predecessors for every node and every source (a million arrays for a network of a thousand
 * actors, most of its half second at 10,000 articles); here they are linked lists in typed arrays
 * reused for every source. Path counts are doubles, where graphology's 32-bit counts would wrap in
 * a dense network.
 */
import type Graph from 'graphology';

export function betweennessCentrality(graph: Graph): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const number = new Map(nodes.map((id, k) => [id, k]));
  const start = new Int32Array(n + 1);
  const linked: number[] = [];
  nodes.forEach((id, k) => {
    start[k] = linked.length;
    for (const neighbour of graph.outboundNeighbors(id)) linked.push(number.get(neighbour)!);
  });
  start[n] = linked.length;
  const neighbours = Int32Array.from(linked);

  // Each node's predecessors on shortest paths from the source, as linked lists: the first link
  // per node, then the next per link.
  const firstPredecessor = new Int32Array(n);
  const predecessor = new Int32Array(neighbours.length);
  const nextPredecessor = new Int32Array(neighbours.length);
  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  /** The nodes reached from the source, in breadth-first order. */
  const reached = new Int32Array(n);
  const scores = new Float64Array(n);
  for (let source = 0; source < n; source++) {
    distance.fill(-1);
    paths.fill(0);
    firstPredecessor.fill(-1);
    let links = 0;
    distance[source] = 0;
    paths[source] = 1;
    let reachedCount = 0;
    reached[reachedCount++] = source;
    for (let head = 0; head < reachedCount; head++) {
      const v = reached[head];
      const next = distance[v] + 1;
      const through = paths[v];
      for (let k = start[v], end = start[v + 1]; k < end; k++) {
        const w = neighbours[k];
        if (distance[w] === -1) {
          distance[w] = next;
          reached[reachedCount++] = w;
        }
        if (distance[w] === next) {
          paths[w] += through;
          predecessor[links] = v;
          nextPredecessor[links] = firstPredecessor[w];
          firstPredecessor[w] = links++;
        }
      }
    }
    for (let k = 0; k < reachedCount; k++) dependency[reached[k]] = 0;
    // Farthest first: a node's dependency is complete before its predecessors read it.
    for (let k = reachedCount - 1; k >= 0; k--) {
      const w = reached[k];
      const coefficient = (1 + dependency[w]) / paths[w];
      for (let link = firstPredecessor[w]; link >= 0; link = nextPredecessor[link]) {
        const v = predecessor[link];
        dependency[v] += paths[v] * coefficient;
      }
      if (w !== source) scores[w] += dependency[w];
    }
  }
  // Over the (n - 1)(n - 2) ordered pairs of other nodes; no pairs to share below three nodes.
  const scale = n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  const result: Record<string, number> = {};
  nodes.forEach((id, k) => { result[id] = scores[k] * scale; });
  return result;
}
