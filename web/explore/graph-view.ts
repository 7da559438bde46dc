/** The network drawn with sigma.js over a graphology graph, laid out by ForceAtlas2. */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, pathCurved, pathLine } from 'sigma/rendering';
import type { NetworkData } from './api';
import { KIND_COLOURS, SEVERAL_TYPES_COLOUR, TYPE_COLOURS } from './palette';

export class GraphView {
  private readonly sigma: Sigma;

  constructor(container: HTMLElement, onNodeClick: (id: string) => void) {
    this.sigma = new Sigma(new Graph(), container, {
      // Sizes in pixels: sigma 4 measures them in graph units by default, which blows the nodes of
      // a small network up to fill the view and hides its arrows.
      settings: { labelRenderedSizeThreshold: 0, labelDensity: 1, stagePadding: 60, itemSizesReference: 'screen' },
      // An arrow head for directed edges; a pair joined by several edges (a spoke-to line and an
      // arrow each way) gets curves, so none hides another.
      primitives: { edges: { paths: [pathLine(), pathCurved()], extremities: [extremityArrow({ lengthRatio: 7, widthRatio: 6 })] } },
      styles: {
        nodes: DEFAULT_STYLES.nodes,
        edges: { ...DEFAULT_STYLES.edges, head: { attribute: 'head', defaultValue: 'none' }, parallelPath: 'curved' },
      },
    });
    this.sigma.on('clickNode', ({ node }) => onNodeClick(node));
    this.sigma.on('enterNode', () => { container.style.cursor = 'pointer'; });
    this.sigma.on('leaveNode', () => { container.style.cursor = ''; });
  }

  /**
   * Nodes sized by their interactions in this network, coloured by kind; edges coloured by type,
   * directed ones (appeal, criticism, attack, aid: initiator to recipient) with an arrow.
   */
  show(network: NetworkData, centre: string): void {
    // Mixed and multi: between one pair there may be a spoke-to edge and a directed edge each way.
    // Laid out before sigma sees it, so sigma fits the camera to the final positions; zoomed out a
    // little (ratio > 1): the fit counts nodes, not their labels.
    const graph = new Graph({ type: 'mixed', multi: true });
    const interactions = new Map<string, number>();
    for (const e of network.edges) {
      interactions.set(e.source, (interactions.get(e.source) ?? 0) + e.weight);
      interactions.set(e.target, (interactions.get(e.target) ?? 0) + e.weight);
    }
    // Start on a circle (ForceAtlas2 needs positions), the centre in the middle.
    network.nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / network.nodes.length;
      graph.addNode(n.id, {
        label: n.name,
        x: n.id === centre ? 0 : Math.cos(angle),
        y: n.id === centre ? 0 : Math.sin(angle),
        size: 5 + 3 * Math.sqrt(interactions.get(n.id) ?? 0),
        color: KIND_COLOURS[n.kind] ?? SEVERAL_TYPES_COLOUR,
      });
    });
    for (const e of network.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
      // The ids the GEXF export gives the same edges.
      const key = `${e.source}${e.directed ? '->' : '--'}${e.target}`;
      const attributes = {
        size: Math.min(1 + e.weight, 6) * 1.5,
        color: e.types.length === 1 ? TYPE_COLOURS[e.types[0]] ?? SEVERAL_TYPES_COLOUR : SEVERAL_TYPES_COLOUR,
        label: e.types.join(', '),
        head: e.directed ? 'arrow' : 'none',
      };
      if (e.directed) graph.addDirectedEdgeWithKey(key, e.source, e.target, attributes);
      else graph.addUndirectedEdgeWithKey(key, e.source, e.target, attributes);
    }
    if (graph.order > 1) {
      forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0 } });
    }
    this.sigma.setGraph(graph);
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1.15, angle: 0 });
  }
}
