/** Rules of mergeActors shared by both adapters. */
import { BadInputError } from '../domain/errors';
import type { ActorRecord } from '../domain/graph';

/** A person merged into a country (or any two kinds) would turn the person into the other kind. */
export function refuseCrossKindMerge(keep: ActorRecord, merge: ActorRecord): void {
  if (keep.kind !== merge.kind) {
    throw new BadInputError(
      `Cannot merge ${merge.kind} ${merge.id} (${merge.name}) into ${keep.kind} ${keep.id} (${keep.name}): only actors of one kind can be merged`,
    );
  }
}

/** The kept actor as a merge would leave it: its own identity, with the merged actor's names as aliases. */
export function mergedActor(keep: ActorRecord, merge: ActorRecord): ActorRecord {
  const aliases = new Set([...keep.aliases, merge.name, ...merge.aliases]);
  aliases.delete(keep.name);
  return { ...keep, aliases: [...aliases].sort() };
}
