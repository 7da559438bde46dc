/** Identity stage: the article id is a hash of the normalised text, so re-loading changes nothing. */
import { createHash } from 'node:crypto';
import type { Stage } from '../stage';

export function articleIdOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export const identity: Stage = {
  name: 'identity',
  requires: ['text'],
  assigns: ['articleId'],
  run(doc) {
    doc.articleId = articleIdOf(doc.text);
  },
};
