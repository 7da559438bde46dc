/** A named pipeline stage: declares which doc fields it needs and which it fills. */
import type { Doc, DocField } from './doc';
import type { Knowledge } from '../knowledge';

export interface Stage {
  readonly name: string;
  readonly requires: readonly DocField[];
  readonly assigns: readonly DocField[];
  run(doc: Doc, kb: Knowledge): void;
}
