/** Checks the shapes of the data files once at load, so a typo fails fast with the file named. */
import { INTERACTION_TYPES, ORGANIZATION_TYPES, PERSON_ROLES } from '../domain/enums';
import { KnowledgeError } from './knowledge-error';
import type { CountryEntry, OrganizationEntry, PersonEntry } from './schema';
import type { TitleLexicon, TopicEntry, TriggerLexicon } from './lexicons';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const FRAMES = new Set(['speaker', 'source', 'agent-patient', 'agent-with', 'recipient-from', 'noun']);

function strings(file: string, where: string, xs: unknown): string[] {
  if (!Array.isArray(xs) || xs.some((x) => typeof x !== 'string')) throw new KnowledgeError(file, `${where} must be a list of strings`);
  return xs as string[];
}

function unique(file: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new KnowledgeError(file, `duplicate id "${id}"`);
    seen.add(id);
  }
}

export function checkCountries(file: string, xs: unknown): CountryEntry[] {
  if (!Array.isArray(xs)) throw new KnowledgeError(file, 'must be a list');
  for (const c of xs as CountryEntry[]) {
    if (typeof c.id !== 'string' || !/^[A-Z]{3}$/.test(c.id)) throw new KnowledgeError(file, `bad country id ${JSON.stringify(c.id)}`);
    if (typeof c.name !== 'string') throw new KnowledgeError(file, `${c.id}: name missing`);
    for (const lang of ['en', 'de'] as const) {
      const f = c[lang];
      if (!f) throw new KnowledgeError(file, `${c.id}: "${lang}" forms missing`);
      for (const k of ['names', 'adjectives', 'demonyms', 'metonyms'] as const) strings(file, `${c.id}.${lang}.${k}`, f[k]);
    }
  }
  unique(file, (xs as CountryEntry[]).map((c) => c.id));
  return xs as CountryEntry[];
}

export function checkPersons(file: string, xs: unknown, countries: Set<string>): PersonEntry[] {
  if (!Array.isArray(xs)) throw new KnowledgeError(file, 'must be a list');
  for (const p of xs as PersonEntry[]) {
    if (typeof p.id !== 'string' || typeof p.name !== 'string') throw new KnowledgeError(file, `person ${JSON.stringify(p.id)}: id and name required`);
    strings(file, `${p.id}.aliases`, p.aliases);
    if (!Array.isArray(p.offices)) throw new KnowledgeError(file, `${p.id}.offices must be a list`);
    for (const o of p.offices) {
      if (!PERSON_ROLES.includes(o.role)) throw new KnowledgeError(file, `${p.id}: bad role ${o.role}`);
      if (o.country !== null && !countries.has(o.country)) throw new KnowledgeError(file, `${p.id}: unknown country ${o.country}`);
      for (const d of [o.from, o.to]) if (d !== null && !DATE_RE.test(d)) throw new KnowledgeError(file, `${p.id}: bad date ${d}`);
    }
  }
  unique(file, (xs as PersonEntry[]).map((p) => p.id));
  return xs as PersonEntry[];
}

export function checkOrganizations(file: string, xs: unknown): OrganizationEntry[] {
  if (!Array.isArray(xs)) throw new KnowledgeError(file, 'must be a list');
  for (const o of xs as OrganizationEntry[]) {
    if (typeof o.id !== 'string' || typeof o.name !== 'string') throw new KnowledgeError(file, `organization ${JSON.stringify(o.id)}: id and name required`);
    strings(file, `${o.id}.aliases`, o.aliases);
    if (!ORGANIZATION_TYPES.includes(o.type)) throw new KnowledgeError(file, `${o.id}: bad type ${o.type}`);
  }
  unique(file, (xs as OrganizationEntry[]).map((o) => o.id));
  return xs as OrganizationEntry[];
}

export function checkTriggers(file: string, lex: TriggerLexicon): TriggerLexicon {
  for (const r of lex.rules) {
    if (typeof r.id !== 'string') throw new KnowledgeError(file, 'a rule has no id');
    if (!INTERACTION_TYPES.includes(r.type)) throw new KnowledgeError(file, `${r.id}: bad type ${r.type}`);
    if (!FRAMES.has(r.frame)) throw new KnowledgeError(file, `${r.id}: bad frame ${r.frame}`);
    strings(file, `${r.id}.match`, r.match);
    if (r.partnerWords) strings(file, `${r.id}.partnerWords`, r.partnerWords);
  }
  unique(file, lex.rules.map((r) => r.id));
  return lex;
}

export function checkTitles(file: string, lex: TitleLexicon): TitleLexicon {
  for (const t of lex.titles) {
    strings(file, 'forms', t.forms);
    if (!PERSON_ROLES.includes(t.role)) throw new KnowledgeError(file, `${t.forms[0]}: bad role ${t.role}`);
  }
  return lex;
}

export function checkTopics(file: string, xs: TopicEntry[]): TopicEntry[] {
  for (const t of xs) {
    if (typeof t.id !== 'string' || typeof t.name !== 'string') throw new KnowledgeError(file, 'topic without id or name');
    for (const [lang, words] of Object.entries(t.keywords ?? {})) strings(file, `${t.id}.keywords.${lang}`, words);
  }
  unique(file, xs.map((t) => t.id));
  return xs;
}
