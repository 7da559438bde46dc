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
  const cue = ctx.lang.echoCues.scan(ctx.lower).find((m) => !ctx.s.quoted[m.start]);
  if (!cue) return [];
  const index = ctx.s.index;
  const echoed = [...events].reverse().find((e) => e.type === 'CRITICISM' && e.sentence < index && index - e.sentence <= ECHO_REACH);
  if (!echoed) return [];
  const targets = echoed.participants.filter((p) => p.role !== 'INITIATOR').map((p) => p.actor);
  const candidates = ctx.mentions.filter((m) => (m.kind === 'person' || m.kind === 'org' || m.kind === 'country') && !m.attributive
    && ctx.eligible(m, 'speaker') && !echoed.participants.some((p) => p.actor === m.id));
  // "Ähnlich äußerte sich US-Außenminister Blinken": a person or body named speaks, not its country.
  const speakers = candidates.some((m) => m.kind !== 'country') ? candidates.filter((m) => m.kind !== 'country') : candidates;
  const critics = [...new Set(speakers.map((m) => m.id))];
  const own = (id: string, type: Event['type']): boolean => events.some((e) => e.sentence === index && e.type === type && e.participants[0]?.actor === id);
  const added: Event[] = [];
  for (const critic of critics) {
    const base = { sentence: index, trigger: cue.start, status: 'OCCURRED' as const, date: null, place: null, topics: [], quote: null, sentences: [index] };
    if (!own(critic, 'CRITICISM')) {
      added.push({ ...base, type: 'CRITICISM', rule: `${ctx.lang.code}.criticism.echo`, participants: [
        { actor: critic, role: 'INITIATOR' }, ...targets.map((actor) => ({ actor, role: 'RECIPIENT' as const })),
      ] });
    }
    if (!own(critic, 'STATEMENT')) {
      added.push({ ...base, type: 'STATEMENT', rule: `${ctx.lang.code}.statement.echo`, participants: [
        { actor: critic, role: 'SPEAKER' }, ...targets.map((actor) => ({ actor, role: 'SUBJECT' as const })),
      ] });
    }
  }
  return added;
}
