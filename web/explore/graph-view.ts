/** The network drawn with sigma.js over a graphology graph, laid out by ForceAtlas2. */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { NetworkData } from './api';
import { KIND_COLOURS, SEVERAL_TYPES_COLOUR, TYPE_COLOURS } from './palette';

export class GraphView {
  private readonly sigma: Sigma;

  constructor(container: HTMLElement, onNodeClick: (id: string) => void) {
    this.sigma = new Sigma(new Graph(), container, {
      settings: { labelRenderedSizeThreshold: 0, labelDensity: 1, stagePadding: 60 },
    });
    this.sigma.on('clickNode', ({ node }) => onNodeClick(node));
    this.sigma.on('enterNode', () => { container.style.cursor = 'pointer'; });
    this.sigma.on('leaveNode', () => { container.style.cursor = ''; });
  }

  /** Nodes sized by their interactions in this network, coloured by kind; edges coloured by type. */
  show(network: NetworkData, centre: string): void {
    // Laid out before sigma sees it, so sigma fits the camera to the final positions; zoomed out a
    // little (ratio > 1): the fit counts nodes, not their labels.
    const graph = new Graph({ type: 'undirected', multi: false });
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
        size: 2 + Math.sqrt(interactions.get(n.id) ?? 0),
        color: KIND_COLOURS[n.kind] ?? SEVERAL_TYPES_COLOUR,
      });
    });
    for (const e of network.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
      graph.addEdge(e.source, e.target, {
        size: Math.min(1 + e.weight, 6),
        color: e.types.length === 1 ? TYPE_COLOURS[e.types[0]] ?? SEVERAL_TYPES_COLOUR : SEVERAL_TYPES_COLOUR,
        label: e.types.join(', '),
      });
    }
    if (graph.order > 1) {
      forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0 } });
    }
    this.sigma.setGraph(graph);
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1.15, angle: 0 });
  }
}
