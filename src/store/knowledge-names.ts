/**
 * The names the knowledge base knows an actor by (canonical name and aliases; a country's names in
 * every language), so `actor(name:)` and `search` find an actor by any of them, not only by the
 * spellings articles happened to use. Both adapters index these beside the surface forms.
 */
import type { ActorKind } from '../domain/enums';
import { getKnowledge } from '../knowledge';

export function knowledgeNames(kind: ActorKind, id: string): string[] {
  const kb = getKnowledge();
  if (kind === 'PERSON') {
    const p = kb.persons.get(id);
    return p ? [p.name, ...p.aliases] : [];
  }
  if (kind === 'ORGANIZATION') {
    const o = kb.organizations.get(id);
    return o ? [o.name, ...o.aliases] : [];
  }
  const c = kb.countries.get(id);
  return c ? [...new Set([c.name, ...c.en.names, ...c.de.names])] : [];
}
