import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printActorGraphSchema } from '../../src/api/print-schema';

describe('schema.graphql', () => {
  it('matches the code-first schema (run `npm run schema` after changing types)', () => {
    expect(printActorGraphSchema()).toBe(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
  });
});
