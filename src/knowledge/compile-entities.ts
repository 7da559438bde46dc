/** Builds the case-sensitive gazetteer of persons, organizations and countries. */
import countryNames from 'i18n-iso-countries';
import { nameKeys } from '../extraction/lib/tokenize';
import { TokenTrie } from '../extraction/lib/trie';
import type { AmbiguousNames } from './lexicons';
import type { CountryEntry, OrganizationEntry, PersonEntry } from './schema';

export type EntityForm = 'name' | 'adjective' | 'demonym' | 'metonym';

export interface EntityTarget {
  kind: 'person' | 'country' | 'org';
  id: string;
  form: EntityForm;
  /** Also a common person name or word: only a country when no unknown capitalised word is beside it. */
  ambiguous: boolean;
  /** The one language whose words this form is (adjectives, demonyms): "German" is no adjective in a German text. */
  language?: string;
}

/** German adjective stems take these endings ("russisch" -> "russische", "russischen" ...). */
const GERMAN_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function buildEntityTrie(
  persons: PersonEntry[],
  organizations: OrganizationEntry[],
  countries: CountryEntry[],
  ambiguous: AmbiguousNames,
  eitherOrder: ReadonlySet<string> = new Set(),
): TokenTrie<EntityTarget> {
  const trie = new TokenTrie<EntityTarget>();
  const seen = new Set<string>();
  const add = (surface: string, target: EntityTarget): void => {
    const s = surface.trim();
    if (!s) return;
    const keys = nameKeys(s);
    const sig = `${keys.join('\u0001')}|${target.kind}|${target.id}|${target.language ?? ''}`;
    if (seen.has(sig)) return;
    seen.add(sig);
    trie.add(keys, target);
  };

  for (const p of persons) {
    const target: EntityTarget = { kind: 'person', id: p.id, form: 'name', ambiguous: false };
    for (const n of [p.name, ...p.aliases]) add(n, target);
    // "Ishiba Shigeru": where the press writes names in either order, the reversed two-word name is the person too.
    if (p.offices.some((o) => o.country && eitherOrder.has(o.country))) {
      for (const n of [p.name, ...p.aliases]) {
        const words = n.split(' ');
        if (words.length === 2) add(`${words[1]} ${words[0]}`, target);
      }
    }
  }
  for (const o of organizations) {
    for (const n of [o.name, ...o.aliases]) {
      add(n, { kind: 'org', id: o.id, form: 'name', ambiguous: false });
      // "The Washington Post" is often written without its article.
      if (/^(the|die|der|das) /i.test(n)) add(n.replace(/^\S+ /, ''), { kind: 'org', id: o.id, form: 'name', ambiguous: false });
    }
  }

  const ambiguousNames = new Set(ambiguous.countryNames);
  for (const c of countries) {
    const name = (n: string): EntityTarget => ({ kind: 'country', id: c.id, form: 'name', ambiguous: ambiguousNames.has(n) });
    const official: string[] = [];
    const alpha2 = countryNames.alpha3ToAlpha2(c.id);
    if (alpha2) {
      for (const lang of ['en', 'de']) {
        const all = countryNames.getName(alpha2, lang, { select: 'all' }) as unknown;
        if (Array.isArray(all)) official.push(...(all as string[]));
      }
    }
    // i18n-iso-countries also lists sorting forms like "Korea, Republic of": not how text names a state.
    for (const n of official) if (!/[,(]/.test(n)) add(n, name(n));
    for (const lang of ['en', 'de'] as const) {
      const f = c[lang];
      for (const n of f.names) add(n, name(n));
      for (const d of f.demonyms) add(d, { kind: 'country', id: c.id, form: 'demonym', ambiguous: false, language: lang });
      for (const m of f.metonyms) add(m, { kind: 'country', id: c.id, form: 'metonym', ambiguous: ambiguous.allMetonyms });
      for (const a of f.adjectives) {
        const forms = lang === 'de' ? GERMAN_ENDINGS.map((e) => a + e) : [a];
        for (const form of forms) {
          add(form, { kind: 'country', id: c.id, form: 'adjective', ambiguous: false, language: lang });
          add(capitalise(form), { kind: 'country', id: c.id, form: 'adjective', ambiguous: false, language: lang });
        }
      }
    }
  }
  return trie;
}
