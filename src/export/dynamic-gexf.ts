/**
 * The actor network as a dynamic GEXF 1.3 document: the nodes and edges of the static export
 * (undirected spoke-to edges, directed ones from initiator to recipient), each edge with one spell
 * per day of its interactions (the interaction's date, else its reportedAt), so Gephi's timeline
 * plays the network over time. graphology-gexf writes static graphs only; this writes the same
 * document shape with spells.
 */
import XMLWriter from 'xml-writer';
import type { IsoDate } from '../domain/extraction';
import type { NetworkRecord } from '../domain/graph';

/** Spell days per edge, keyed by `edgeKey`. */
export type EdgeSpells = Map<string, IsoDate[]>;

/** The id of an edge in every export: `a->b` for a directed edge, `a--b` (ids sorted) for an undirected one. */
export function edgeKey(e: { source: string; target: string; directed: boolean }): string {
  if (e.directed) return `${e.source}->${e.target}`;
  return e.source < e.target ? `${e.source}--${e.target}` : `${e.target}--${e.source}`;
}

const NODE_ATTRIBUTES = ['kind', 'role', 'country'] as const;
const EDGE_ATTRIBUTES = ['types', 'firstDate', 'lastDate'] as const;

export function writeDynamicGexf(network: NetworkRecord, spells: EdgeSpells): string {
  const xml = new XMLWriter('  ');
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('gexf')
    .writeAttribute('xmlns', 'http://gexf.net/1.3')
    .writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')
    .writeAttribute('xsi:schemaLocation', 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd')
    .writeAttribute('version', '1.3');
  xml.startElement('meta').writeElement('creator', 'actorgraph').writeElement('description', 'actor network over time').endElement();
  xml.startElement('graph')
    .writeAttribute('defaultedgetype', 'undirected')
    .writeAttribute('mode', 'dynamic')
    .writeAttribute('timeformat', 'date');
  declareAttributes(xml, 'node', NODE_ATTRIBUTES);
  declareAttributes(xml, 'edge', EDGE_ATTRIBUTES);

  xml.startElement('nodes');
  for (const n of network.nodes) {
    xml.startElement('node').writeAttribute('id', n.id).writeAttribute('label', n.name);
    writeValues(xml, NODE_ATTRIBUTES, { kind: n.kind, role: n.role, country: n.country });
    xml.endElement();
  }
  xml.endElement();

  xml.startElement('edges');
  for (const e of network.edges) {
    xml.startElement('edge')
      .writeAttribute('id', edgeKey(e))
      .writeAttribute('source', e.source)
      .writeAttribute('target', e.target)
      .writeAttribute('type', e.directed ? 'directed' : 'undirected')
      .writeAttribute('weight', String(e.weight));
    // A liststring as GEXF 1.3 (and graphology-gexf's static export) writes it.
    writeValues(xml, EDGE_ATTRIBUTES, { types: `[${e.types.join(', ')}]`, firstDate: e.firstDate, lastDate: e.lastDate });
    const days = spells.get(edgeKey(e)) ?? [];
    if (days.length > 0) {
      xml.startElement('spells');
      for (const day of days) xml.startElement('spell').writeAttribute('start', day).writeAttribute('end', day).endElement();
      xml.endElement();
    }
    xml.endElement();
  }
  xml.endElement();

  xml.endElement(); // graph
  xml.endElement(); // gexf
  xml.endDocument();
  return xml.toString();
}

function declareAttributes(xml: XMLWriter, kind: 'node' | 'edge', names: readonly string[]): void {
  xml.startElement('attributes').writeAttribute('class', kind).writeAttribute('mode', 'static');
  names.forEach((name) => xml.startElement('attribute').writeAttribute('id', name).writeAttribute('title', name)
    .writeAttribute('type', name === 'types' ? 'liststring' : 'string').endElement());
  xml.endElement();
}

/** Attribute values by id; empty ones are left out, as graphology-gexf does. */
function writeValues(xml: XMLWriter, names: readonly string[], values: Record<string, string | null>): void {
  const present = names.filter((name) => values[name]);
  if (present.length === 0) return;
  xml.startElement('attvalues');
  for (const name of present) xml.startElement('attvalue').writeAttribute('for', name).writeAttribute('value', values[name]!).endElement();
  xml.endElement();
}
