/**
 * One key for the spellings of a name in different transliterations ("Christodoulidis" and
 * "Christodoulides", "Wolodymyr Selenskyj" and "Volodymyr Zelenskyy"): an article's spelling that
 * the knowledge base does not list still finds its person. The rules are data
 * (transliteration.json).
 */
import { KnowledgeError } from './knowledge-error';
import type { PersonEntry } from './schema';

export type TransliterationRules = [RegExp, string][];

export function compileTransliteration(json: { rules: string[][] }): TransliterationRules {
  return json.rules.map((rule, i) => {
    if (rule.length !== 2) throw new KnowledgeError('transliteration.json', `rules[${i}] must be [pattern, replacement]`);
    const [pattern, replacement] = rule;
    try {
      return [new RegExp(pattern, 'gu'), replacement];
    } catch (e) {
      throw new KnowledgeError('transliteration.json', `rules[${i}]: ${(e as Error).message}`);
    }
  });
}

export function transliterationKey(name: string, rules: TransliterationRules): string {
  let key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  for (const [re, replacement] of rules) key = key.replace(re, replacement);
  return key;
}

/**
 * Persons by the keys of their names and aliases of two or more words (one word is too little
 * to tell persons apart); a key two persons share is left out.
 */
export function indexByTransliteration(persons: readonly PersonEntry[], rules: TransliterationRules): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const p of persons) {
    for (const name of [p.name, ...(p.aliases ?? [])]) {
      if (name.trim().split(/\s+/).length < 2) continue;
      const key = transliterationKey(name, rules);
      owners.set(key, (owners.get(key) ?? new Set()).add(p.id));
    }
  }
  return new Map([...owners].filter(([, ids]) => ids.size === 1).map(([key, ids]) => [key, [...ids][0]]));
}
