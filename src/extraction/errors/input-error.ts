/** The input to `extract` is not usable text (not a string, or a bad publishedAt). */
export class ExtractionInputError extends Error {
  constructor(detail: string) {
    super(`invalid extraction input: ${detail}`);
    this.name = 'ExtractionInputError';
  }
}
