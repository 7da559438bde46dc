/**
 * /explore: find an actor by any name, see its network, filter it by interaction type and date,
 * re-centre on a node, and read the evidence behind a connection; new interactions of the centred
 * actor show up as they are stored. Talks only to /graphql (HTTP, and WebSocket for live updates).
 */
import './explore.css';
import { findActor, interactionDates, interactionsBetween, neighbourhood, type ActorRef, type Counterpart, type InteractionFilter, type NetworkData } from './api';
import { GraphView } from './graph-view';
import { LiveInteractions, type LiveState } from './live';
import { INTERACTION_TYPES, KIND_COLOURS, SPOKE_TO_TYPES, TYPE_COLOURS, SEVERAL_TYPES_COLOUR } from './palette';
import { renderConnections, renderEvidence } from './panels';
import { monthCounts, renderTimeline, type DateRange } from './timeline';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('find');
const input = $<HTMLInputElement>('actor');
const status = $<HTMLParagraphElement>('status');
const depth = $<HTMLSelectElement>('depth');
const typesBox = $<HTMLFieldSetElement>('types');
const fromInput = $<HTMLInputElement>('from');
const toInput = $<HTMLInputElement>('to');
const timeline = $<HTMLDivElement>('timeline');
const connections = $<HTMLUListElement>('connections');
const evidence = $<HTMLElement>('evidence');

const state: { centre: ActorRef | null; chosen: Counterpart | null; range: DateRange; types: Set<string> } = {
  centre: null, chosen: null, range: {}, types: new Set(SPOKE_TO_TYPES),
};
const view = new GraphView($('graph'), (id) => void centreOn(id));
const live = new LiveInteractions(() => noteAdded(), showLive);
/** Interactions announced by the subscription and not yet shown. */
let unseen = 0;
let refreshing = false;

function say(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

const LIVE_TEXT: Record<LiveState, string> = { connecting: 'Live updates: connecting…', on: 'Live updates: on', off: 'Live updates: off' };

function showLive(state: LiveState, problem?: string): void {
  const indicator = $('live');
  indicator.textContent = problem ? `${LIVE_TEXT[state]} (${problem})` : LIVE_TEXT[state];
  indicator.className = state;
}

function filter(): InteractionFilter {
  return { types: [...state.types], ...(state.range.from ? { from: state.range.from } : {}), ...(state.range.to ? { to: state.range.to } : {}) };
}

/** `quiet`: a refresh for live updates, which announces itself instead of "Loading…". */
async function centreOn(id: string, quiet = false): Promise<void> {
  if (!quiet) say('Loading…');
  const { actor, network } = await neighbourhood(id, Number(depth.value), filter());
  if (!actor) return say(`No actor with id ${id}`, true);
  if (state.centre?.id !== actor.id) state.chosen = null;
  state.centre = actor;
  input.value = actor.name;
  view.show(network, actor.id);
  $('graph').setAttribute('aria-label', `Network of ${actor.name}: ${network.nodes.length} actors, ${network.edges.length} connections`);
  renderConnections(connections, actor.counterparts, directionsOf(network, actor.id), state.chosen?.actor.id ?? null, (c) => void choose(c), (other) => void centreOn(other));
  live.follow(actor.id, filter());
  const dates = await interactionDates(actor.id, [...state.types]);
  renderTimeline(timeline, monthCounts(dates), state.range, (range) => void setRange(range));
  if (!quiet) say(`${actor.name}: ${actor.counterparts.length} connections`);
  if (state.chosen) {
    const still = actor.counterparts.find((c) => c.actor.id === state.chosen!.actor.id);
    if (still) await choose(still);
    else evidence.replaceChildren(evidence.querySelector('h2')!);
  }
}

/** Per counterpart: its directed edges with the centre, as "initiator → recipient: types". */
function directionsOf(network: NetworkData, centre: string): Map<string, string[]> {
  const names = new Map(network.nodes.map((n) => [n.id, n.name]));
  const directions = new Map<string, string[]>();
  for (const e of network.edges) {
    if (!e.directed || (e.source !== centre && e.target !== centre)) continue;
    const other = e.source === centre ? e.target : e.source;
    const text = `${names.get(e.source) ?? e.source} → ${names.get(e.target) ?? e.target}: ${e.types.map((t) => t.toLowerCase()).join(', ')}`;
    directions.set(other, [...(directions.get(other) ?? []), text]);
  }
  return directions;
}

/** An interaction came in: refresh the view (once for any that come in meanwhile), then say so. */
function noteAdded(): void {
  unseen += 1;
  if (refreshing) return;
  refreshing = true;
  void (async () => {
    while (unseen > 0 && state.centre) {
      const count = unseen;
      unseen = 0;
      await centreOn(state.centre.id, true);
      say(`${count} new interaction${count === 1 ? '' : 's'}`);
    }
  })().catch(fail).finally(() => { refreshing = false; });
}

async function choose(c: Counterpart): Promise<void> {
  if (!state.centre) return;
  state.chosen = c;
  for (const item of connections.querySelectorAll('li')) {
    const chosen = item.querySelector('button.choose')?.textContent === c.actor.name;
    item.classList.toggle('chosen', chosen);
    item.querySelector('button.choose')?.setAttribute('aria-pressed', String(chosen));
  }
  const interactions = await interactionsBetween(state.centre.id, c.actor.id, filter());
  renderEvidence(evidence, [state.centre.name, c.actor.name], interactions);
}

async function setRange(range: DateRange): Promise<void> {
  state.range = range;
  fromInput.value = range.from ?? '';
  toInput.value = range.to ?? '';
  if (state.centre) await centreOn(state.centre.id);
}

function buildControls(): void {
  for (const type of INTERACTION_TYPES) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = type;
    box.checked = state.types.has(type);
    box.addEventListener('change', () => {
      if (box.checked) state.types.add(type); else state.types.delete(type);
      if (state.centre) void centreOn(state.centre.id).catch(fail);
    });
    label.append(box, ` ${type.toLowerCase()}`);
    typesBox.append(label);
  }
  depth.addEventListener('change', () => { if (state.centre) void centreOn(state.centre.id).catch(fail); });
  const onDates = () => void setRange({ from: fromInput.value || undefined, to: toInput.value || undefined }).catch(fail);
  fromInput.addEventListener('change', onDates);
  toInput.addEventListener('change', onDates);
  $('all-dates').addEventListener('click', () => void setRange({}).catch(fail));
  const legend = $('legend');
  const entry = (colour: string, text: string, shape: string) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch ${shape}`;
    swatch.style.background = colour;
    item.append(swatch, text);
    legend.append(item);
  };
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) entry(colour, kind.toLowerCase(), 'node');
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) entry(colour, type.toLowerCase(), 'edge');
  entry(SEVERAL_TYPES_COLOUR, 'several types', 'edge');
  const arrow = document.createElement('li');
  arrow.textContent = '→ from initiator to recipient (appeal, criticism, attack, aid)';
  legend.append(arrow);
}

function fail(err: unknown): void {
  say(err instanceof Error ? err.message : String(err), true);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const name = input.value.trim();
    const { actor, suggestions } = await findActor(name);
    if (actor) return centreOn(actor.id);
    say(suggestions.length ? `No actor named "${name}". Did you mean: ${suggestions.map((s) => s.name).join(', ')}?` : `No actor named "${name}".`, true);
  })().catch(fail);
});

buildControls();
const requested = new URLSearchParams(window.location.search).get('actor');
if (requested) {
  input.value = requested;
  form.requestSubmit();
}
