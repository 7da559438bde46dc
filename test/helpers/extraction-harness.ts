/**
 * Helpers for extraction tests: run the pipeline (or part of it) on a text and compare compact,
 * exact renderings of what came out.
 */
import type { Extraction, ExtractionInput } from '../../src/domain/extraction';
import { extract } from '../../src/extraction';
import { createDoc, type Doc } from '../../src/extraction/doc';
import { PIPELINE, runPipeline } from '../../src/extraction/pipeline';

export const DEFAULT_DATE = '2025-06-12';

export function run(text: string, opts: Partial<ExtractionInput> = {}): Extraction {
  return extract({ text, publishedAt: DEFAULT_DATE, ...opts });
}

/** Runs the stages up to and including `last`, for tests of one stage. */
export function runUntil(last: string, text: string, opts: Partial<ExtractionInput> = {}): Doc {
  const i = PIPELINE.findIndex((s) => s.name === last);
  if (i < 0) throw new Error(`no stage ${last}`);
  return runPipeline(createDoc({ text, publishedAt: DEFAULT_DATE, ...opts }), PIPELINE.slice(0, i + 1));
}

/**
 * One line per interaction: `TYPE STATUS DATE actor:ROLE ...` with participants sorted by role
 * then id, SUBJECTs left out (statements are compared by speaker and date).
 */
export function interactionLines(x: Extraction): string[] {
  return x.interactions.map((i) => {
    const parts = i.participants
      .filter((p) => p.role !== 'SUBJECT')
      .map((p) => `${p.actor}:${p.role}`)
      .sort();
    return `${i.type} ${i.status} ${i.date ?? '-'} ${parts.join(' ')}`;
  }).sort();
}

export interface Expected {
  persons?: string[];
  countries?: string[];
  organizations?: string[];
  interactions?: string[];
  language?: string;
}

/** Asserts exactly the given parts of the extraction (sorted ids; interaction lines as above). */
export function expectExtraction(text: string, expected: Expected, opts: Partial<ExtractionInput> = {}): Extraction {
  const x = run(text, opts);
  const actual: Expected = {};
  if (expected.persons) actual.persons = x.persons.map((p) => p.id).sort();
  if (expected.countries) actual.countries = x.countries.map((c) => c.id).sort();
  if (expected.organizations) actual.organizations = x.organizations.map((o) => o.id).sort();
  if (expected.interactions) actual.interactions = interactionLines(x);
  if (expected.language) actual.language = x.language;
  const want: Expected = { ...expected };
  for (const k of ['persons', 'countries', 'organizations', 'interactions'] as const) if (want[k]) want[k] = [...want[k]!].sort();
  expect(actual).toEqual(want);
  return x;
}

/** Asserts that no interaction at all is extracted (of the given types, if any). */
export function expectNoInteraction(text: string, types: string[] = [], opts: Partial<ExtractionInput> = {}): void {
  const x = run(text, opts);
  const found = x.interactions.filter((i) => types.length === 0 || types.includes(i.type));
  expect(interactionLines({ ...x, interactions: found })).toEqual([]);
}
