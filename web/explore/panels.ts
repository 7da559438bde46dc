/** The Connections list and the Evidence region, plain DOM so screen readers get lists and headings. */
import type { Counterpart, Interaction } from './api';
import { DIRECTED_TYPES } from './palette';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function period(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  return first === last ? `${first}` : `${first ?? '?'} – ${last ?? '?'}`;
}

/**
 * One line per counterpart. `directions` gives, per counterpart id, its directed edges with the
 * centred actor as text ("Gabriel Boric → Javier Milei: criticism"), so the arrows of the
 * drawing are there for a screen reader too.
 */
export function renderConnections(
  list: HTMLElement, counterparts: Counterpart[], directions: Map<string, string[]>, chosen: string | null,
  onChoose: (c: Counterpart) => void, onCentre: (id: string) => void,
): void {
  list.replaceChildren();
  for (const c of counterparts) {
    const item = el('li');
    if (c.actor.id === chosen) item.classList.add('chosen');
    const choose = el('button', c.actor.name, 'choose');
    choose.type = 'button';
    choose.setAttribute('aria-pressed', String(c.actor.id === chosen));
    choose.addEventListener('click', () => onChoose(c));
    const centre = el('button', 'centre', 'centre');
    centre.type = 'button';
    centre.setAttribute('aria-label', `Centre on ${c.actor.name}`);
    centre.addEventListener('click', () => onCentre(c.actor.id));
    item.append(choose, el('span', `${c.count} · ${period(c.firstDate, c.lastDate)}`, 'count'), centre);
    for (const direction of directions.get(c.actor.id) ?? []) item.append(el('span', direction, 'direction'));
    list.append(item);
  }
  if (counterparts.length === 0) list.append(el('li', 'No connections with these filters.', 'hint'));
}

export function renderEvidence(region: HTMLElement, between: [string, string], interactions: Interaction[]): void {
  const heading = el('h2', 'Evidence');
  heading.id = 'evidence-heading';
  const count = `${interactions.length} interaction${interactions.length === 1 ? '' : 's'}`;
  region.replaceChildren(heading, el('p', `${between[0]} and ${between[1]}: ${count}`));
  if (interactions.length === 0) region.append(el('p', 'No interactions with these filters.', 'hint'));
  for (const i of interactions) {
    const article = el('article', undefined, 'interaction');
    article.append(el('h3', `${i.type} · ${i.date ?? 'date unknown'}`));
    const facts = el('dl');
    const fact = (term: string, value: string) => facts.append(el('dt', term), el('dd', value));
    fact('Type', i.type);
    fact('Date', i.date ?? 'unknown');
    fact('Status', i.status);
    fact('Place', i.place ?? '—');
    fact('Topics', i.topics.map((t) => t.name).join(', ') || '—');
    if (DIRECTED_TYPES.includes(i.type)) fact('Direction', direction(i));
    fact('Participants', i.participants.map((p) => `${p.actor.name} (${p.role.toLowerCase()})`).join(', '));
    article.append(facts);
    for (const s of i.sources) {
      article.append(el('blockquote', s.evidence));
      const cite = el('p', undefined, 'source');
      cite.append(`${s.article.publishedAt ?? 'undated article'} · `);
      const title = s.article.title ?? s.article.source ?? 'untitled article';
      if (s.article.url) {
        const link = el('a', title);
        link.href = s.article.url;
        link.rel = 'noreferrer noopener';
        link.target = '_blank';
        cite.append(link);
      } else {
        cite.append(el('cite', title));
      }
      article.append(cite);
    }
    region.append(article);
  }
}

/** "Initiators → recipients" of a directed interaction, by name. */
function direction(i: Interaction): string {
  const named = (role: string) => i.participants.filter((p) => p.role === role).map((p) => p.actor.name).join(', ') || '?';
  return `${named('INITIATOR')} → ${named('RECIPIENT')}`;
}
