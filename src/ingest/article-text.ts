/**
 * Checks that what we are given is article text, before any extraction or write. The reasons
 * are written for people: the CLI prints them per file, the API returns them as BAD_USER_INPUT.
 */
import { BadInputError } from '../domain/errors';
import { isIsoDate } from '../domain/iso-date';

/** Larger inputs are refused: no news article is this long, and extraction time grows with size. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export class BadArticleError extends BadInputError {}

/** Decodes an article file, refusing empty, binary, non-UTF-8 and oversized content. */
export function decodeArticleFile(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new BadArticleError('file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) throw new BadArticleError(`file is ${mb(bytes.length)}, over the ${mb(MAX_ARTICLE_BYTES)} limit`);
  if (bytes.includes(0)) throw new BadArticleError('file is binary (contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadArticleError('file is not valid UTF-8 text');
  }
  return checkArticleText(text);
}

/** Refuses text that is empty, binary-looking or too large; returns it unchanged otherwise. */
export function checkArticleText(text: string): string {
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_BYTES) throw new BadArticleError(`text is over the ${mb(MAX_ARTICLE_BYTES)} limit`);
  if (text.trim().length === 0) throw new BadArticleError('text is empty');
  // Control characters other than tab/newline/carriage return mark binary data decoded as text.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (control > 0 && control / text.length > 0.01) throw new BadArticleError('text looks binary (many control characters)');
  if (!/\p{L}/u.test(text)) throw new BadArticleError('text has no letters');
  return text;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses a publication date that is not an ISO calendar date. */
export function checkPublishedAt(date: string | null | undefined): string | null {
  if (date === null || date === undefined || date === '') return null;
  if (!isIsoDate(date)) throw new BadArticleError(`publishedAt "${date}" is not a date like 2025-07-03`);
  return date;
}
