/**
 * "Ähnlich äußerte sich Blinken", "Criticism also came from the foreign ministry": a sentence
 * saying that an actor joined the criticism just reported criticises the same target, and makes a
 * statement.
 */
import type { Event } from '../doc';
import type { SentenceContext } from './context';

/** Sentences back the criticism an echo joins may be. */
const ECHO_REACH = 2;

/** The events an echo sentence adds (none when it has no echo cue or nothing to echo). */
export function echoedCriticism(ctx: SentenceContext, events: readonly Event[]): Event[] {
  const index = ctx.s.index;
  // The cheap test first: most sentences follow no criticism, and only they need the cue scan.
  // Events come in sentence order, so the search stops ECHO_REACH sentences back.
  let echoed: Event | undefined;
  for (let k = events.length - 1; k >= 0 && index - events[k].sentence <= ECHO_REACH && !echoed; k--) {
    if (events[k].type === 'CRITICISM' && events[k].sentence < index) echoed = events[k];
  }
  if (!echoed) return [];
  const cue = ctx.lang.echoCues.scan(ctx.lower).find((m) => !ctx.s.quoted[m.start]);
  if (!cue) return [];
  const targets = echoed.participants.filter((p) => p.role !== 'INITIATOR').map((p) => p.actor);
  const candidates = ctx.mentions.filter((m) => (m.kind === 'person' || m.kind === 'org' || m.kind === 'country') && !m.attributive
    && ctx.eligible(m, 'speaker') && !echoed.participants.some((p) => p.actor === m.id));
  // "Ähnlich äußerte sich US-Außenminister Blinken": a person or body named speaks, not its country.
  const speakers = candidates.some((m) => m.kind !== 'country') ? candidates.filter((m) => m.kind !== 'country') : candidates;
  const critics = [...new Set(speakers.map((m) => m.id))];
  const own = (id: string, type: Event['type']): boolean => events.some((e) => e.sentence === index && e.type === type && e.participants[0]?.actor === id);
  const added: Event[] = [];
  const base = { sentence: index, trigger: cue.start, status: 'OCCURRED' as const, date: null, place: null, quote: null };
  for (const critic of critics) {
    if (!own(critic, 'CRITICISM')) {
      added.push({ ...base, topics: [], sentences: [index], type: 'CRITICISM', rule: `${ctx.lang.code}.criticism.echo`, participants: [
        { actor: critic, role: 'INITIATOR' }, ...targets.map((actor) => ({ actor, role: 'RECIPIENT' as const })),
      ] });
    }
    if (!own(critic, 'STATEMENT')) {
      added.push({ ...base, topics: [], sentences: [index], type: 'STATEMENT', rule: `${ctx.lang.code}.statement.echo`, participants: [
        { actor: critic, role: 'SPEAKER' }, ...targets.map((actor) => ({ actor, role: 'SUBJECT' as const })),
      ] });
    }
  }
  return added;
}
