/**
 * A prediction to score: the `actorgraph extract --json` contract (README "extract --json"),
 * read from a file or produced in-process. Only the fields the scorer reads are typed and checked.
 */
import { readFileSync } from 'node:fs';
import { INTERACTION_TYPES, PARTICIPANT_ROLES } from '../domain/enums';
import type { InteractionType, ParticipantRole } from '../domain/enums';
import { EvalInputError, JsonShape } from './json-shape';

export interface PredictedActor {
  id: string;
  name: string;
  aliases?: string[];
}

export interface PredictedPerson extends PredictedActor {
  role?: string | null;
  country?: string | null;
}

export interface PredictedInteraction {
  id: string;
  type: InteractionType;
  participants: { actor: string; role: ParticipantRole }[];
  date?: string | null;
  status?: string | null;
  topics?: string[];
}

export interface PredictedArticle {
  /** Path of the article file; paired with gold by its base name. */
  file: string;
  persons: PredictedPerson[];
  countries: { id: string }[];
  organizations: PredictedActor[];
  interactions: PredictedInteraction[];
}

export interface Prediction {
  articles: PredictedArticle[];
}

export function readPredictionFile(path: string): Prediction {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new EvalInputError(`--pred ${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new EvalInputError(`--pred ${path}: not valid JSON (${(err as Error).message})`);
  }
  return checkPrediction(json, new JsonShape(`--pred ${path} is not an extract --json output`));
}

function checkPrediction(json: unknown, s: JsonShape): Prediction {
  const root = s.object(json, '');
  return {
    articles: s.list(root.articles, 'articles').map((x, a) => {
      const at = `articles[${a}]`;
      const art = s.object(x, at);
      return {
        file: s.string(art.file, `${at}.file`),
        persons: s.list(art.persons, `${at}.persons`).map((y, i) => {
          const where = `${at}.persons[${i}]`;
          const p = s.object(y, where);
          return { ...checkActor(s, p, where), role: s.nullableString(p.role, `${where}.role`), country: s.nullableString(p.country, `${where}.country`) };
        }),
        countries: s.list(art.countries, `${at}.countries`).map((y, i) => ({ id: s.string(s.object(y, `${at}.countries[${i}]`).id, `${at}.countries[${i}].id`) })),
        organizations: s.list(art.organizations, `${at}.organizations`).map((y, i) => checkActor(s, s.object(y, `${at}.organizations[${i}]`), `${at}.organizations[${i}]`)),
        interactions: s.list(art.interactions, `${at}.interactions`).map((y, i) => checkInteraction(s, y, `${at}.interactions[${i}]`)),
      };
    }),
  };
}

function checkActor(s: JsonShape, x: Record<string, unknown>, at: string): PredictedActor {
  return { id: s.string(x.id, `${at}.id`), name: s.string(x.name, `${at}.name`), aliases: s.optionalStrings(x.aliases, `${at}.aliases`) };
}

function checkInteraction(s: JsonShape, x: unknown, at: string): PredictedInteraction {
  const i = s.object(x, at);
  return {
    id: s.string(i.id, `${at}.id`),
    type: s.oneOf(i.type, `${at}.type`, INTERACTION_TYPES),
    participants: s.list(i.participants, `${at}.participants`).map((y, k) => {
      const q = s.object(y, `${at}.participants[${k}]`);
      return { actor: s.string(q.actor, `${at}.participants[${k}].actor`), role: s.oneOf(q.role, `${at}.participants[${k}].role`, PARTICIPANT_ROLES) };
    }),
    date: s.nullableString(i.date, `${at}.date`),
    status: s.nullableString(i.status, `${at}.status`),
    topics: s.optionalStrings(i.topics, `${at}.topics`),
  };
}
