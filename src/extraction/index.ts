/**
 * Public entry point of the extraction pipeline: text in, typed Extraction out. Pure and
 * deterministic: no I/O, no clock (relative dates resolve against publishedAt).
 */
import type { Extraction, ExtractionInput } from '../domain/extraction';
import { createDoc } from './doc';
import { runPipeline } from './pipeline';

export { PIPELINE } from './pipeline';
export { StageError } from './errors/stage-error';
export { ExtractionInputError } from './errors/input-error';

export function extract(input: ExtractionInput): Extraction {
  const doc = runPipeline(createDoc(input));
  return {
    articleId: doc.articleId,
    text: doc.text,
    title: doc.title,
    language: doc.language,
    languageSupported: doc.languageSupported,
    publishedAt: doc.publishedAt,
    persons: doc.persons,
    countries: doc.countries,
    organizations: doc.organizations,
    interactions: doc.interactions,
  };
}
