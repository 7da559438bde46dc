/**
 * "Orban visited Kyiv on Tuesday. There he urged Zelensky to consider a ceasefire": a visit to a
 * country whose visitor then deals, in person, with one of that country's people is a meeting with
 * that person, the host, rather than with the country.
 */
import { SPOKE_TO_TYPES } from '../../domain/enums';
import type { Event, Mention } from '../doc';

/** Sentences after a visit in which its host may still appear. */
const HOST_REACH = 1;

export function visitHosts(
  events: Event[],
  kindOf: (id: string) => Mention['kind'],
  countryOf: (id: string, kind: Mention['kind']) => string | null,
): void {
  events.forEach((visit, k) => {
    if (!visit.rule.endsWith('.meeting.visit') || visit.participants.length !== 2) return;
    const visitor = visit.participants.find((p) => p.role === 'INITIATOR')?.actor;
    const place = visit.participants.find((p) => p.role === 'RECIPIENT');
    if (!visitor || !place || kindOf(place.actor) !== 'country') return;
    for (let n = k + 1; n < events.length; n++) {
      const later = events[n];
      if (later.sentence - visit.sentence > HOST_REACH) return;
      // A contact in the visit's own sentence has the visit as its occasion (see merge).
      if (later.sentence === visit.sentence && SPOKE_TO_TYPES.includes(later.type)) continue;
      const parties = later.participants.filter((p) => p.role !== 'SUBJECT' && p.role !== 'SPEAKER').map((p) => p.actor);
      if (!parties.includes(visitor)) continue;
      const host = parties.find((id) => id !== visitor && kindOf(id) === 'person' && countryOf(id, 'person') === place.actor);
      if (host) {
        place.actor = host;
        return;
      }
    }
  });
}
