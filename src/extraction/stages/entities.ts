/**
 * Entities stage: gazetteer matching of persons, organizations and countries (longest match
 * wins, so "Washington Post" beats "Washington"), possessives and German genitives, and
 * organizations built from a country and a body ("Russia's Defense Ministry").
 */
import type { EntityTarget, Knowledge, LanguagePack } from '../../knowledge';
import type { Doc, Mention, Sentence } from '../doc';
import { slug } from '../lib/slug';
import type { Stage } from '../stage';

const KIND_RANK: Record<EntityTarget['kind'], number> = { person: 0, org: 1, country: 2 };

function pick(values: EntityTarget[], stripped: boolean, language: string): EntityTarget | null {
  const inLanguage = values.filter((v) => !v.language || v.language === language);
  const usable = stripped ? inLanguage.filter((v) => v.kind !== 'country' || v.form === 'name' || v.form === 'metonym') : inLanguage;
  if (usable.length === 0) return null;
  return [...usable].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || Number(a.ambiguous) - Number(b.ambiguous))[0];
}

/** A capitalised word nobody knows: beside an ambiguous name it makes that a person's name. */
function unknownCapital(s: Sentence, keys: string[], i: number, kb: Knowledge, lang: LanguagePack | null): boolean {
  const t = s.tokens[i];
  if (!t || !t.cap || !/^\p{L}/u.test(t.text)) return false;
  if (kb.entities.longest(keys, i)) return false;
  if (lang && (lang.titles.longest([t.lower], 0) || lang.set.determiners.has(t.lower) || lang.set.prepositions.has(t.lower)
    || lang.set.starters.has(t.lower) || lang.set.boundaries.has(t.lower))) return false;
  // "in der Nacht Kiew": in German a capitalised word after a determiner is a common noun.
  if (lang?.lexicon.capitalisedNouns && i > 0 && lang.set.determiners.has(s.tokens[i - 1].lower)) return false;
  return true;
}

function precededBy(s: Sentence, i: number, words: Set<string>, skip: Set<string>): boolean {
  let j = i - 1;
  while (j >= 0 && skip.has(s.tokens[j].lower)) j--;
  return j >= 0 && words.has(s.tokens[j].lower);
}

function gazetteer(doc: Doc, s: Sentence, kb: Knowledge): Mention[] {
  const lang = doc.lang;
  const keys = s.tokens.map((t) => t.text);
  const out: Mention[] = [];
  for (const m of kb.entities.scan(keys, true)) {
    const target = pick(m.values, m.stripped, doc.language);
    if (!target) continue;
    if (target.kind === 'country' && m.values.every((v) => v.kind !== 'country' || v.ambiguous)) {
      if (unknownCapital(s, keys, m.start - 1, kb, lang) || unknownCapital(s, keys, m.end, kb, lang)) continue;
    }
    const next = s.tokens[m.end];
    const possessive = m.stripped || (!!next && (next.text === "'s" || (next.text === "'" && /s$/i.test(s.tokens[m.end - 1].text))));
    // A capital after "in"/"at" is the place, not the government ("talks in Minsk"), unless it
    // owns what follows ("at Berlin's request").
    if (target.form === 'metonym' && !possessive && lang && precededBy(s, m.start, lang.set.locative, lang.set.determiners)) continue;
    // "the Madrid peace conference", "das Oslo-Abkommen": a capital before an event noun names its place.
    if (target.form === 'metonym' && !possessive && lang && placeModifier(s, m.start, m.end, lang)) continue;
    out.push({
      sentence: s.index, start: m.start, end: m.end, headStart: m.start, headEnd: m.end,
      kind: target.kind, id: target.id, form: target.form, named: true, attributive: false, possessive,
    });
  }
  return out;
}

/** How many words may stand between a capital used as a modifier and its event noun ("Madrid peace conference"). */
const MODIFIER_GAP = 1;

/** After a determiner (or joined by a hyphen), a capital followed by an event noun such as "conference" or "Abkommen". */
function placeModifier(s: Sentence, start: number, end: number, lang: LanguagePack): boolean {
  const hyphen = s.tokens[end]?.text === '-';
  if (!hyphen && !(start > 0 && lang.set.determiners.has(s.tokens[start - 1].lower))) return false;
  const from = hyphen ? end + 1 : end;
  for (let j = from; j < s.tokens.length && j - from <= MODIFIER_GAP; j++) {
    if (lang.set.placeModifiedNouns.has(s.tokens[j].lower)) return true;
    if (!/^\p{L}/u.test(s.tokens[j].text)) return false;
  }
  return false;
}

/** "Russia's Defense Ministry", "das russische Verteidigungsministerium", "Ministry of Defense of Ukraine". */
function bodies(doc: Doc, s: Sentence, kb: Knowledge, found: Mention[]): Mention[] {
  const lang = doc.lang;
  if (!lang) return [];
  const out: Mention[] = [];
  const lower = s.lower;
  for (const b of lang.bodies.scan(lower)) {
    if (found.some((m) => m.kind !== 'country' && m.start < b.end && b.start < m.end)) continue;
    const body = b.values[0];
    let country: Mention | undefined;
    let start = b.start;
    let end = b.end;
    const before = found.find((m) => m.kind === 'country' && (m.end === b.start || (m.possessive && m.end === b.start - 1)));
    if (before) {
      country = before;
      start = before.start;
    } else {
      let j = b.end;
      if (j < s.tokens.length && lang.set.ofWords.has(lower[j])) j++;
      while (j < s.tokens.length && lang.set.determiners.has(lower[j])) j++;
      const after = found.find((m) => m.kind === 'country' && m.start === j && (j > b.end || m.possessive));
      if (after) {
        country = after;
        end = after.end;
      }
    }
    if (!country) continue;
    const c = kb.countries.get(country.id);
    if (!c) continue;
    const id = kb.bodyOrganizations.get(`${c.id}|${body.key}`) ?? `${slug(c.name)}-${body.key}`;
    const known = kb.organizations.get(id);
    doc.orgFacts.set(id, known
      ? { id, name: known.name, type: known.type, country: known.country }
      : { id, name: `${body.name} of ${c.name}`, type: body.type, country: c.id });
    country.attributive = true;
    out.push({
      sentence: s.index, start, end, headStart: start, headEnd: end,
      kind: 'org', id, form: 'name', named: true, attributive: false, possessive: false,
    });
  }
  return out;
}

/** "Ukraine's Foreign Ministry", "Russian Ministry of Defense": a state body names its state too. */
function countriesInside(doc: Doc, s: Sentence, kb: Knowledge, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  const keys = s.tokens.map((t) => t.text);
  for (const org of found) {
    if (org.kind !== 'org' || org.end - org.start < 2) continue;
    const entry = kb.organizations.get(org.id) ?? doc.orgFacts.get(org.id);
    if (!entry?.country || (entry.type !== 'GOVERNMENT_BODY' && entry.type !== 'MILITARY')) continue;
    // Every sub-span: the org name itself is the longest match at its start.
    let done = false;
    for (let i = org.start; i < org.end && !done; i++) {
      for (let j = i + 1; j <= org.end && !done; j++) {
        const m = kb.entities.longest(keys.slice(i, j), 0, true);
        const c = m && m.end === j - i ? m.values.find((v) => v.kind === 'country' && v.id === entry.country && v.form !== 'metonym') : undefined;
        if (!m || !c) continue;
        done = true;
        if (found.some((x) => x.kind === 'country' && x.start === i)) break;
        out.push({
          sentence: s.index, start: i, end: j, headStart: i, headEnd: j,
          kind: 'country', id: c.id, form: c.form, named: true, attributive: true, possessive: m.stripped,
        });
      }
    }
  }
  return out;
}

export const entities: Stage = {
  name: 'entities',
  requires: ['sentences', 'lang'],
  assigns: ['mentions', 'orgFacts'],
  run(doc, kb) {
    const mentions: Mention[] = [];
    for (const s of doc.sentences) {
      const found = gazetteer(doc, s, kb);
      const orgs = bodies(doc, s, kb, found);
      mentions.push(...found, ...orgs, ...countriesInside(doc, s, kb, found));
    }
    doc.mentions = mentions;
  },
};
