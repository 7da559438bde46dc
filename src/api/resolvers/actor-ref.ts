/** Arguments where people type names: an actor id, or any name or alias that names one actor. */
import { BadInputError, NotFoundError } from '../../domain/errors';
import type { Context } from '../context.type';

/** Most candidates an ambiguity error lists. */
const MAX_LISTED = 10;

export async function resolveActorRef({ store, loaders }: Context, ref: string): Promise<string> {
  const byId = await loaders.actors.load(ref);
  if (byId) return byId.id;
  const found = await store.findActorsByName(ref);
  if (found.length === 0) throw new NotFoundError('Actor', ref);
  if (found.length > 1) {
    const listed = found.slice(0, MAX_LISTED).map((a) => `${a.id} (${a.name})`).join(', ');
    throw new BadInputError(`"${ref}" names ${found.length} actors: ${listed}${found.length > MAX_LISTED ? ', …' : ''}; give an id`);
  }
  return found[0].id;
}
