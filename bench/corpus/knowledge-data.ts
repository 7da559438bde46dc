/**
 * The knowledge base read as plain data (src/knowledge/*.json), for the corpus generator. It is
 * read from the repository on disk, not compiled in, so the generator works from the TypeScript
 * sources (jest) and from the bench build alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CountryEntry, OrganizationEntry, PersonEntry } from '../../src/knowledge/schema';

export interface CorpusKnowledge {
  persons: PersonEntry[];
  countries: Map<string, CountryEntry>;
  organizations: Map<string, OrganizationEntry>;
  /** Lower-case trigger phrases per language (triggers/<lang>.json), to keep filler text neutral. */
  triggers: Record<'en' | 'de', string[]>;
}

/** The repository root: the nearest folder above `from` whose package.json is named actorgraph. */
export function repoRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'actorgraph') return dir;
    if (dirname(dir) === dir) throw new Error(`no actorgraph package.json above ${from}`);
  }
}

export function knowledgeDir(): string {
  return join(repoRoot(), 'src', 'knowledge');
}

function readJson<T>(dir: string, file: string): T {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`knowledge file ${path} is missing (the corpus is generated from it)`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readKnowledge(dir = knowledgeDir()): CorpusKnowledge {
  const triggerPhrases = (lang: string) =>
    readJson<{ rules: { match: string[] }[] }>(dir, `triggers/${lang}.json`).rules.flatMap((r) => r.match.map((m) => m.toLowerCase()));
  return {
    persons: readJson<PersonEntry[]>(dir, 'persons.json'),
    countries: new Map(readJson<CountryEntry[]>(dir, 'countries.json').map((c) => [c.id, c])),
    organizations: new Map(readJson<OrganizationEntry[]>(dir, 'organizations.json').map((o) => [o.id, o])),
    triggers: { en: triggerPhrases('en'), de: triggerPhrases('de') },
  };
}
