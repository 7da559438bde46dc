/**
 * Actors stage: the persons, countries and organizations of the article with the surface forms
 * used, mention counts, and each person's role, country and title as of the article's date.
 */
import { lastTermBefore, termAt, type Knowledge } from '../../knowledge';
import { bodyNameVariants } from '../../knowledge/body-names';
import type { ExtractedCountry, ExtractedOrganization, ExtractedPerson } from '../../domain/extraction';
import type { Doc, Mention } from '../doc';
import type { Stage } from '../stage';

/** The name as written, without a title the gazetteer alias starts with ("King Maha Vajiralongkorn" -> "Maha Vajiralongkorn"). */
function surfaceOf(doc: Doc, m: Mention): string {
  const s = doc.sentences[m.sentence];
  let start = m.headStart;
  if (m.kind === 'person' && doc.lang) {
    const lower = s.lower;
    const title = doc.lang.titles.longest(lower, start);
    if (title && title.end < m.headEnd) start = title.end;
  }
  return doc.text.slice(s.tokens[start].start, s.tokens[m.headEnd - 1].end);
}

function person(doc: Doc, kb: Knowledge, id: string, aliases: string[], mentions: number): ExtractedPerson {
  const entry = kb.persons.get(id);
  const facts = doc.facts.get(id);
  const base = { id, aliases, mentions };
  if (entry) {
    const term = facts?.former ? null : termAt(entry, doc.publishedAt);
    if (term) {
      return { ...base, name: entry.name, role: term.role, country: term.country, organization: term.organization, title: term.title };
    }
    if (facts) return { ...base, name: entry.name, role: facts.role, country: facts.country, organization: facts.organization, title: facts.title };
    const former = lastTermBefore(entry, doc.publishedAt);
    return {
      ...base, name: entry.name, role: 'OTHER', country: former?.country ?? null, organization: null,
      title: former ? `Former ${former.title}` : null,
    };
  }
  return {
    ...base, name: facts?.name ?? aliases[0] ?? id, role: facts?.role ?? 'OTHER', country: facts?.country ?? null,
    organization: facts?.organization ?? null, title: facts?.title ?? null,
  };
}

export const actors: Stage = {
  name: 'actors',
  requires: ['mentions', 'facts', 'orgFacts', 'publishedAt'],
  assigns: ['persons', 'countries', 'organizations', 'mainPair'],
  run(doc, kb) {
    const order: string[] = [];
    const aliases = new Map<string, string[]>();
    const counts = new Map<string, number>();
    const actorCount = new Map<string, number>();
    const sorted = [...doc.mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    for (const m of sorted) {
      if (m.kind === 'blocker') continue;
      const key = `${m.kind}:${m.id}`;
      if (m.kind === 'person' && m.form === 'pronoun') continue;
      if (!counts.has(key)) order.push(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (m.named) {
        const list = aliases.get(key) ?? [];
        const surface = surfaceOf(doc, m);
        if (!list.includes(surface)) list.push(surface);
        aliases.set(key, list);
      }
      if (m.kind === 'country' && !m.attributive) actorCount.set(m.id, (actorCount.get(m.id) ?? 0) + 1);
    }
    const persons: ExtractedPerson[] = [];
    const countries: ExtractedCountry[] = [];
    const organizations: ExtractedOrganization[] = [];
    for (const key of order) {
      const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const names = aliases.get(key) ?? [];
      const n = counts.get(key) ?? 0;
      if (kind === 'person') {
        // Persons count when named; one only described is added later if an interaction needs it.
        if (names.length > 0) persons.push(person(doc, kb, id, names, n));
      } else if (kind === 'country') {
        countries.push({ id, name: kb.countries.get(id)?.name ?? id, aliases: names, mentions: n });
      } else {
        const o = kb.organizations.get(id);
        const f = doc.orgFacts.get(id);
        const name = o?.name ?? f?.name ?? id;
        const seen = new Set([name, ...names].map((x) => x.toLowerCase()));
        const variants = bodyNameVariants(kb, id, o?.country ?? f?.country ?? null).filter((v) => !seen.has(v.toLowerCase()));
        organizations.push({
          id, name, aliases: [...names, ...variants], type: o?.type ?? f?.type ?? 'OTHER',
          country: o?.country ?? f?.country ?? null, mentions: n,
        });
      }
    }
    doc.persons = persons;
    doc.countries = countries;
    doc.organizations = organizations;
    doc.mainPair = [...actorCount.entries()]
      .sort((a, b) => b[1] - a[1] || order.indexOf(`country:${a[0]}`) - order.indexOf(`country:${b[0]}`))
      .slice(0, 2).map(([id]) => id).sort();
  },
};

/** Adds a person that only a description named ("the Russian leader") when an interaction needs them. */
export function ensurePerson(doc: Doc, kb: Knowledge, id: string): void {
  if (doc.persons.some((p) => p.id === id)) return;
  if (!kb.persons.has(id) && !doc.facts.has(id)) return;
  const described = doc.mentions.filter((m) => m.kind === 'person' && m.id === id).length;
  doc.persons.push(person(doc, kb, id, [], Math.max(1, described)));
}

/** Adds a country or organization an interaction names but the actor lists lack (a person's country in an attack). */
export function ensureActor(doc: Doc, kb: Knowledge, id: string): void {
  if (doc.persons.some((p) => p.id === id) || doc.countries.some((c) => c.id === id) || doc.organizations.some((o) => o.id === id)) return;
  const country = kb.countries.get(id);
  if (country) {
    doc.countries.push({ id, name: country.name, aliases: [], mentions: 1 });
    return;
  }
  const o = kb.organizations.get(id);
  const f = doc.orgFacts.get(id);
  if (o || f) {
    doc.organizations.push({
      id, name: o?.name ?? f?.name ?? id, aliases: [], type: o?.type ?? f?.type ?? 'OTHER', country: o?.country ?? f?.country ?? null, mentions: 1,
    });
    return;
  }
  ensurePerson(doc, kb, id);
}
