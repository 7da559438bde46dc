/**
 * Gold annotations (eval/GOLD-FORMAT.md): one NAME.gold.json per article in a folder. Fields the
 * scorer reads are checked; the others (title, place, evidence, …) are the annotator's notes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { INTERACTION_STATUSES, INTERACTION_TYPES, PERSON_ROLES } from '../domain/enums';
import type { InteractionStatus, InteractionType, PersonRole } from '../domain/enums';
import { EvalInputError, JsonShape } from './json-shape';

export interface GoldPerson {
  name: string;
  aliases?: string[];
  role?: PersonRole;
  country?: string | null;
}

export interface GoldOrganization {
  name: string;
  aliases?: string[];
}

export interface GoldInteraction {
  type: InteractionType;
  /** Canonical person/organization names or ISO alpha-3 codes; for a STATEMENT, [speaker]. */
  participants: string[];
  initiator?: string | null;
  about?: string[];
  date?: string | null;
  status?: InteractionStatus;
  topics?: string[];
  /** Not scored either way. */
  optional?: boolean;
}

export interface GoldSameEvent {
  interaction: number;
  article: string;
  otherIndex: number;
}

export interface GoldArticle {
  /** The gold file's path. */
  goldFile: string;
  /** The article's file name, as written in the gold ("d01.txt"). */
  article: string;
  persons: GoldPerson[];
  countries: string[];
  organizations: GoldOrganization[];
  interactions: GoldInteraction[];
  sameEventAs: GoldSameEvent[];
}

export const GOLD_SUFFIX = '.gold.json';

/** Reads every NAME.gold.json in `dir` (not its subfolders), in file-name order. */
export function readGoldDir(dir: string): GoldArticle[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new EvalInputError(`gold folder ${dir} does not exist`);
  }
  if (!isDir) throw new EvalInputError(`gold folder ${dir} is not a folder`);
  const files = readdirSync(dir).filter((f) => f.endsWith(GOLD_SUFFIX)).sort();
  if (files.length === 0) throw new EvalInputError(`gold folder ${dir} has no *${GOLD_SUFFIX} files`);
  return files.map((f) => readGoldFile(join(dir, f)));
}

export function readGoldFile(path: string): GoldArticle {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new EvalInputError(`gold ${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new EvalInputError(`gold ${path}: not valid JSON (${(err as Error).message})`);
  }
  return checkGold(json, new JsonShape(`gold ${path}`), path);
}

function checkGold(json: unknown, s: JsonShape, goldFile: string): GoldArticle {
  const g = s.object(json, '');
  return {
    goldFile,
    article: s.string(g.article, 'article'),
    persons: s.optionalList(g.persons, 'persons').map((x, i) => {
      const at = `persons[${i}]`;
      const p = s.object(x, at);
      return {
        name: s.string(p.name, `${at}.name`),
        aliases: s.optionalStrings(p.aliases, `${at}.aliases`),
        role: s.optionalOneOf(p.role, `${at}.role`, PERSON_ROLES),
        country: s.nullableString(p.country, `${at}.country`),
      };
    }),
    countries: s.optionalList(g.countries, 'countries').map((c, i) => {
      if (typeof c !== 'string' || !/^[A-Z]{3}$/.test(c)) s.fail(`countries[${i}]`, `must be an ISO 3166-1 alpha-3 code such as "USA" (got ${JSON.stringify(c)})`);
      return c;
    }),
    organizations: s.optionalList(g.organizations, 'organizations').map((x, i) => {
      const o = s.object(x, `organizations[${i}]`);
      return { name: s.string(o.name, `organizations[${i}].name`), aliases: s.optionalStrings(o.aliases, `organizations[${i}].aliases`) };
    }),
    interactions: s.optionalList(g.interactions, 'interactions').map((x, i) => checkInteraction(s, x, `interactions[${i}]`)),
    sameEventAs: s.optionalList(g.sameEventAs, 'sameEventAs').map((x, i) => {
      const at = `sameEventAs[${i}]`;
      const e = s.object(x, at);
      return { interaction: s.index(e.interaction, `${at}.interaction`), article: s.string(e.article, `${at}.article`), otherIndex: s.index(e.otherIndex, `${at}.otherIndex`) };
    }),
  };
}

function checkInteraction(s: JsonShape, x: unknown, at: string): GoldInteraction {
  const i = s.object(x, at);
  const participants = s.strings(i.participants, `${at}.participants`);
  if (participants.length === 0) s.fail(`${at}.participants`, 'must name at least one participant');
  if (i.optional !== undefined && typeof i.optional !== 'boolean') s.fail(`${at}.optional`, 'must be true or false');
  return {
    type: s.oneOf(i.type, `${at}.type`, INTERACTION_TYPES),
    participants,
    initiator: s.nullableString(i.initiator, `${at}.initiator`),
    about: s.optionalStrings(i.about, `${at}.about`),
    date: s.nullableString(i.date, `${at}.date`),
    status: s.optionalOneOf(i.status, `${at}.status`, INTERACTION_STATUSES),
    topics: s.optionalStrings(i.topics, `${at}.topics`),
    optional: i.optional as boolean | undefined,
  };
}
