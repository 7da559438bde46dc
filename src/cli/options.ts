import { InvalidArgumentError } from 'commander';
import { BadInputError } from '../domain/errors';
import { checkPublishedAt } from '../ingest/article-text';

export function publishedAtOption(value: string): string {
  try {
    return checkPublishedAt(value)!;
  } catch (err) {
    throw new InvalidArgumentError(err instanceof BadInputError ? err.message : String(err));
  }
}
