/**
 * The extraction pipeline: an ordered, named, frozen list of stages (order matters: each
 * stage's `requires` are assigned by an earlier one, checked by test/extraction/pipeline.test.ts).
 */
import { getKnowledge, type Knowledge } from '../knowledge';
import type { Doc } from './doc';
import { StageError } from './errors/stage-error';
import type { Stage } from './stage';
import { actors } from './stages/actors';
import { clean } from './stages/clean';
import { coreference } from './stages/coreference';
import { dates } from './stages/dates';
import { entities } from './stages/entities';
import { identity } from './stages/identity';
import { interactions } from './stages/interactions';
import { language } from './stages/language';
import { merge } from './stages/merge';
import { names } from './stages/names';
import { sentences } from './stages/sentences';
import { surnames } from './stages/surnames';
import { titles } from './stages/titles';
import { topics } from './stages/topics';
import { triggers } from './stages/triggers';

export const PIPELINE: readonly Stage[] = Object.freeze([
  clean, // text: boilerplate out, quotes/dashes/spacing normalised, date line, title
  language, // tinyld / function words; picks the lexicons
  identity, // article id = hash of the normalised text
  sentences, // sentences, tokens, quotations
  entities, // gazetteer: persons, organizations, countries; ministries by pattern
  titles, // titles join names (new persons found), descriptions resolve by date
  names, // unknown names that speak ("Jane Doe said")
  surnames, // surname-only mentions of persons named in full
  triggers, // interaction trigger words
  coreference, // he/his/him -> persons; each sentence's subject
  actors, // persons, countries, organizations of the article
  interactions, // events with participants, roles, status
  dates, // absolute dates from publishedAt; "since May 19" references
  topics, // controlled-vocabulary topics
  merge, // one interaction per event; ids
]);

/** Runs every stage on the doc; an error names the stage that raised it. */
export function runPipeline(doc: Doc, stages: readonly Stage[] = PIPELINE, kb: Knowledge = getKnowledge()): Doc {
  for (const stage of stages) {
    try {
      stage.run(doc, kb);
    } catch (e) {
      throw new StageError(stage.name, e);
    }
  }
  return doc;
}
