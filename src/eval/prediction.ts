/**
 * A prediction to score: the `actorgraph extract --json` contract (README "extract --json"),
 * read from a file or produced in-process. Only the fields the scorer reads are typed and checked.
 */
import { readFileSync } from 'node:fs';
import { INTERACTION_TYPES, PARTICIPANT_ROLES } from '../domain/enums';
import type { InteractionType, ParticipantRole } from '../domain/enums';
import { EvalInputError, JsonShape } from './json-shape';

export interface PredictedPerson {
  id: string;
  name: string;
  aliases?: string[];
  role?: string | null;
  country?: string | null;
}

export interface PredictedOrganization {
  id: string;
  name: string;
  aliases?: string[];
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
  organizations: PredictedOrganization[];
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
          const p = s.object(y, `${at}.persons[${i}]`);
          return {
            id: s.string(p.id, `${at}.persons[${i}].id`),
            name: s.string(p.name, `${at}.persons[${i}].name`),
            aliases: s.optionalStrings(p.aliases, `${at}.persons[${i}].aliases`),
            role: s.nullableString(p.role, `${at}.persons[${i}].role`),
            country: s.nullableString(p.country, `${at}.persons[${i}].country`),
          };
        }),
        countries: s.list(art.countries, `${at}.countries`).map((y, i) => ({ id: s.string(s.object(y, `${at}.countries[${i}]`).id, `${at}.countries[${i}].id`) })),
        organizations: s.list(art.organizations, `${at}.organizations`).map((y, i) => {
          const o = s.object(y, `${at}.organizations[${i}]`);
          return {
            id: s.string(o.id, `${at}.organizations[${i}].id`),
            name: s.string(o.name, `${at}.organizations[${i}].name`),
            aliases: s.optionalStrings(o.aliases, `${at}.organizations[${i}].aliases`),
          };
        }),
        interactions: s.list(art.interactions, `${at}.interactions`).map((y, i) => checkInteraction(s, y, `${at}.interactions[${i}]`)),
      };
    }),
  };
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
