/**
 * Loads and checks every knowledge data file once and compiles the matchers the extraction
 * pipeline uses. Pure data in, lookup structures out; nothing here reads the clock or the disk
 * beyond the JSON imports (which tsc copies into dist).
 */
import type { TokenTrie } from '../extraction/lib/trie';
import ambiguousJson from './ambiguous.json';
import boilerplateJson from './boilerplate.json';
import { buildEntityTrie, type EntityTarget } from './compile-entities';
import { compileLanguage, type LanguagePack } from './compile-language';
import countriesJson from './countries.json';
import datesDe from './dates/de.json';
import datesEn from './dates/en.json';
import { KnowledgeError } from './knowledge-error';
import languageDe from './language/de.json';
import detectableJson from './language/detectable.json';
import languageEn from './language/en.json';
import nameOrderJson from './name-order.json';
import officeEquivalentsJson from './office-equivalents.json';
import type {
  AmbiguousNames, BoilerplateLexicon, DateLexicon, LanguageLexicon, OrganizationPatterns, TitleLexicon, TopicEntry,
  TriggerLexicon,
} from './lexicons';
import { OfficeIndex } from './offices';
import orgPatternsJson from './organization-patterns.json';
import organizationsJson from './organizations.json';
import personsJson from './persons.json';
import type { CountryEntry, OrganizationEntry, PersonEntry } from './schema';
import titlesDe from './titles/de.json';
import titlesEn from './titles/en.json';
import topicsJson from './topics.json';
import { compileTransliteration, indexByTransliteration, transliterationKey } from './transliteration';
import transliterationJson from './transliteration.json';
import triggersDe from './triggers/de.json';
import triggersEn from './triggers/en.json';
import {
  checkCountries, checkOrganizations, checkPersons, checkTitles, checkTopics, checkTriggers,
} from './validate';

export type { EntityTarget } from './compile-entities';
export type { LanguagePack, CueKind } from './compile-language';
export { termAt, lastTermBefore } from './offices';
export { KnowledgeError } from './knowledge-error';

export interface NameOrder {
  /** States whose persons' canonical names put the family name first ("Lee Jae-myung"). */
  canonicalFamilyFirst: Set<string>;
  /** States whose persons' names the press writes in either order ("Ishiba Shigeru"). */
  eitherOrder: Set<string>;
}

export interface Knowledge {
  persons: Map<string, PersonEntry>;
  organizations: Map<string, OrganizationEntry>;
  countries: Map<string, CountryEntry>;
  /** Case-sensitive gazetteer of every name, alias, adjective, demonym and metonym. */
  entities: TokenTrie<EntityTarget>;
  offices: OfficeIndex;
  /** Offices to try when a title's office has no holder in the state ("Regierungschef" of Austria: its chancellor). */
  officeEquivalents: Map<string, string[]>;
  /**
   * Given names of the knowledge base's persons whose names put the given name first: an unknown
   * name that starts with one ("Michael Kovrig") is a person's even when nobody quotes them.
   */
  givenNames: Set<string>;
  /** The person a full name not in the gazetteer names in another spelling ("Nikos Christodoulidis"), or null. */
  personBySpelling(name: string): string | null;
  /** Languages with a full set of lexicons (language, titles, triggers, dates). */
  languages: Map<string, LanguagePack>;
  /** Languages a news text is plausibly in (language detection ignores other guesses on short texts). */
  detectable: Set<string>;
  topics: TopicEntry[];
  boilerplate: { prefixes: string[]; exact: Set<string>; bylines: RegExp[] };
  organizationPatterns: OrganizationPatterns;
  /** Naming order by state (name-order.json): where a name's first word is its family name. */
  nameOrder: NameOrder;
  /** `<country>|<body key>` -> the organizations.json entry for that body ("RUS|ministry-of-defense"). */
  bodyOrganizations: Map<string, string>;
}

/** Finds, per country and body kind, the organization whose name or alias contains a form of the body. */
function indexBodies(organizations: OrganizationEntry[], patterns: OrganizationPatterns): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of organizations) {
    if (!o.country) continue;
    const names = [o.name, ...o.aliases].map((n) => n.toLowerCase());
    for (const b of patterns.bodies) {
      const key = `${o.country}|${b.key}`;
      if (out.has(key)) continue;
      const forms = Object.values(b.forms).flat();
      if (names.some((n) => forms.some((f) => n.includes(f)))) out.set(key, o.id);
    }
  }
  return out;
}

/** One entry per supported language: adding a language is adding its four files here. */
const LANGUAGE_FILES: Record<string, { language: unknown; titles: unknown; triggers: unknown; dates: unknown }> = {
  en: { language: languageEn, titles: titlesEn, triggers: triggersEn, dates: datesEn },
  de: { language: languageDe, titles: titlesDe, triggers: triggersDe, dates: datesDe },
};

function load(): Knowledge {
  const countries = checkCountries('countries.json', countriesJson);
  const countryIds = new Set(countries.map((c) => c.id));
  const persons = checkPersons('persons.json', personsJson, countryIds);
  const organizations = checkOrganizations('organizations.json', organizationsJson);
  const topics = checkTopics('topics.json', topicsJson as TopicEntry[]);
  const orgPatterns = orgPatternsJson as OrganizationPatterns;
  const boiler = boilerplateJson as BoilerplateLexicon;
  const nameOrder: NameOrder = {
    canonicalFamilyFirst: new Set(nameOrderJson.canonicalFamilyFirst),
    eitherOrder: new Set(nameOrderJson.eitherOrder),
  };

  const languages = new Map<string, LanguagePack>();
  for (const [code, files] of Object.entries(LANGUAGE_FILES)) {
    const titles = checkTitles(`titles/${code}.json`, files.titles as TitleLexicon);
    const triggers = checkTriggers(`triggers/${code}.json`, files.triggers as TriggerLexicon);
    languages.set(code, compileLanguage(
      files.language as LanguageLexicon, titles, triggers, files.dates as DateLexicon, topics, orgPatterns.bodies,
    ));
  }

  const bylines = boiler.bylinePatterns.map((p, i) => {
    try {
      return new RegExp(p, 'u');
    } catch (e) {
      throw new KnowledgeError('boilerplate.json', `bylinePatterns[${i}]: ${(e as Error).message}`);
    }
  });

  const transliteration = compileTransliteration(transliterationJson);
  const byTransliteration = indexByTransliteration(persons, transliteration);
  return {
    persons: new Map(persons.map((p) => [p.id, p])),
    personBySpelling: (name) => (name.trim().split(/\s+/).length < 2 ? null : byTransliteration.get(transliterationKey(name, transliteration)) ?? null),
    organizations: new Map(organizations.map((o) => [o.id, o])),
    countries: new Map(countries.map((c) => [c.id, c])),
    detectable: new Set(detectableJson.languages),
    entities: buildEntityTrie(persons, organizations, countries, ambiguousJson as AmbiguousNames, nameOrder.eitherOrder),
    nameOrder,
    offices: new OfficeIndex(persons),
    officeEquivalents: new Map(Object.entries(officeEquivalentsJson.equivalents)),
    givenNames: givenNamesOf(persons, nameOrder),
    languages,
    topics,
    boilerplate: {
      prefixes: Object.values(boiler.linePrefixes).flat().map((p) => p.toLowerCase()),
      exact: new Set(boiler.exactLines.map((l) => l.toLowerCase())),
      bylines,
    },
    organizationPatterns: orgPatterns,
    bodyOrganizations: indexBodies(organizations, orgPatterns),
  };
}

/** Shortest given name counted: shorter first words are initials, particles or family names ("Li", "Kim"). */
const GIVEN_NAME_MIN = 3;

function givenNamesOf(persons: readonly PersonEntry[], order: NameOrder): Set<string> {
  const out = new Set<string>();
  for (const p of persons) {
    if (p.offices.some((o) => o.country && (order.canonicalFamilyFirst.has(o.country) || order.eitherOrder.has(o.country)))) continue;
    const words = p.name.split(/\s+/);
    if (words.length >= 2 && words[0].length >= GIVEN_NAME_MIN && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(words[0])) out.add(words[0]);
  }
  return out;
}

let cached: Knowledge | null = null;

/** The knowledge base, loaded and compiled on first use. */
export function getKnowledge(): Knowledge {
  if (!cached) cached = load();
  return cached;
}
