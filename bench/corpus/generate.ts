/**
 * A deterministic synthetic news corpus in English and German, written from templates over the
 * knowledge base: calls, meetings, talks, consultations, statements and appeals among the persons
 * of persons.json over several years, padded with neutral filler to about 400 words.
 *
 * The actors form communities: most interactions stay inside a community, and only the community
 * "hubs" deal with the hubs of neighbouring communities. So the spoke-to network has real
 * distances (members of neighbouring communities are 3 hops apart), as a news graph does, rather
 * than being one dense clique in which every path is 1 or 2 hops long.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountryEntry, OfficeTerm, OrganizationEntry, PersonEntry } from '../../src/knowledge/schema';
import { readKnowledge, type CorpusKnowledge } from './knowledge-data';
import {
  APPEALS, COUNTRY_PREFIX, DEMANDS, FEMALE_GIVEN_NAMES, FILLER, MONTHS, NEUTRAL_CITIES, NO_ADJECTIVE, OFFICE_DE,
  OFFICE_EN, QUOTES, SOURCES, TOPICS, WEEKDAYS, type Lang,
} from './phrases';
import { Prng } from './prng';

export const DEFAULT_SEED = 20250604;

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Approximate words per article (default 400). */
  words?: number;
  /** Share of German articles (default 0.4). */
  germanShare?: number;
  /** Publication dates are drawn from this range (default 2022-01-03 .. 2025-12-30). */
  from?: string;
  to?: string;
  knowledge?: CorpusKnowledge;
}

export interface CorpusArticle {
  /** File name inside the corpus folder: 00001.txt ... */
  file: string;
  language: Lang;
  text: string;
  publishedAt: string;
  title: string;
  /** Unique per article: tells the articles of a store apart in an export. */
  url: string;
  source: string;
}

export interface WrittenCorpus {
  dir: string;
  files: number;
  bytes: number;
  words: number;
}

type Kind = 'CALL' | 'MEETING' | 'TALKS' | 'CONSULTATION' | 'STATEMENT' | 'APPEAL' | 'PLANNED';
const KIND_WEIGHTS: [Kind, number][] = [
  ['CALL', 30], ['MEETING', 24], ['TALKS', 10], ['CONSULTATION', 10], ['STATEMENT', 10], ['APPEAL', 10], ['PLANNED', 6],
];
const TOPIC_IDS = Object.keys(TOPICS);
const DAY_MS = 86_400_000;

/** How one person is written in one article: cases (German) and the short form used later. */
interface Ref {
  nom: string;
  acc: string;
  dat: string;
  short: string;
  country: string | null;
}

export function generateCorpus(options: CorpusOptions): CorpusArticle[] {
  const kb = options.knowledge ?? readKnowledge();
  const prng = new Prng(options.seed ?? DEFAULT_SEED);
  const world = new World(kb, prng);
  const filler = { en: neutralFiller('en', kb), de: neutralFiller('de', kb) };
  const from = Date.parse(`${options.from ?? '2022-01-03'}T00:00:00Z`);
  const to = Date.parse(`${options.to ?? '2025-12-30'}T00:00:00Z`);
  const width = Math.max(5, String(options.count).length);
  const seen = new Set<string>();
  const out: CorpusArticle[] = [];
  for (let n = 1; n <= options.count; n++) {
    const lang: Lang = prng.chance(options.germanShare ?? 0.4) ? 'de' : 'en';
    const publishedAt = isoDate(from + prng.int(0, Math.round((to - from) / DAY_MS)) * DAY_MS);
    let article = composeArticle(world, prng, lang, publishedAt, filler[lang], options.words ?? 400);
    while (seen.has(article.text)) article = composeArticle(world, prng, lang, publishedAt, filler[lang], options.words ?? 400);
    seen.add(article.text);
    const serial = String(n).padStart(width, '0');
    out.push({
      file: `${serial}.txt`, language: lang, text: article.text, publishedAt, title: article.title,
      url: `https://bench.example/${lang}/${serial}`, source: prng.pick(SOURCES),
    });
  }
  return out;
}

/** Writes the articles and a manifest.json (publishedAt, title, url, source per file). */
export function writeCorpus(dir: string, articles: readonly CorpusArticle[]): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, { publishedAt: string; title: string; url: string; source: string }> = {};
  let bytes = 0;
  let words = 0;
  for (const a of articles) {
    writeFileSync(join(dir, a.file), a.text);
    bytes += Buffer.byteLength(a.text);
    words += countWords(a.text);
    manifest[a.file] = { publishedAt: a.publishedAt, title: a.title, url: a.url, source: a.source };
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return { dir, files: articles.length, bytes, words };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

// ------------------------------------------------------------------ actors and communities

class World {
  readonly communities: PersonEntry[][];
  constructor(readonly kb: CorpusKnowledge, prng: Prng) {
    const persons = [...kb.persons].sort((a, b) => a.id.localeCompare(b.id));
    if (persons.length < 4) throw new Error(`persons.json has ${persons.length} persons; the corpus needs at least 4`);
    const k = Math.min(30, Math.max(2, Math.round(persons.length / 10)));
    this.communities = Array.from({ length: k }, () => [] as PersonEntry[]);
    prng.shuffle(persons).forEach((p, i) => this.communities[i % k].push(p));
  }

  /**
   * Two distinct persons in office on `date` (when enough are): usually from one community,
   * sometimes the hubs (first members in office) of two neighbouring ones.
   */
  pair(prng: Prng, date: string): [PersonEntry, PersonEntry] {
    const k = this.communities.length;
    const c = prng.zipf(k, 0.6);
    const inOffice = (members: PersonEntry[]) => {
      const active = members.filter((p) => termAt(p, date));
      return active.length >= 2 ? active : members;
    };
    if (prng.chance(0.12)) return prng.shuffle([inOffice(this.communities[c])[0], inOffice(this.communities[(c + 1) % k])[0]]) as [PersonEntry, PersonEntry];
    const members = inOffice(this.communities[c]);
    // The hub (index 0) and a few others are the popular ones.
    const a = members[prng.zipf(members.length, 1.1)];
    let b = members[prng.int(0, members.length - 1)];
    while (b === a) b = members[prng.int(0, members.length - 1)];
    return prng.chance(0.5) ? [a, b] : [b, a];
  }

  country(id: string | null): CountryEntry | undefined {
    return id ? this.kb.countries.get(id) : undefined;
  }

  organization(id: string | null): OrganizationEntry | undefined {
    return id ? this.kb.organizations.get(id) : undefined;
  }
}

const STAFF_OFFICES: ReadonlySet<OfficeTerm['office']> = new Set<OfficeTerm['office']>(['aide', 'spokesperson', 'press-secretary', 'chief-of-staff']);

function termAt(p: PersonEntry, date: string): OfficeTerm | undefined {
  return p.offices.find((o) => (o.from ?? '0000-00-00') <= date && (o.to ?? '9999-12-31') >= date);
}

/** "NATO", "EU": the shortest all-capitals alias of an organization, if it has one. */
function acronym(org: OrganizationEntry): string | undefined {
  return [org.name, ...org.aliases].filter((a) => /^[A-Z]{2,6}$/.test(a)).sort((a, b) => a.length - b.length)[0];
}

function refFor(world: World, p: PersonEntry, date: string, lang: Lang, prng: Prng): Ref {
  const multiWord = p.aliases.filter((a) => a.includes(' ') && a !== p.name && /^\p{Lu}/u.test(a));
  const name = lang === 'de' && multiWord.length > 0 && prng.chance(0.3) ? prng.pick(multiWord) : p.name;
  const last = name.split(' ').pop()!;
  const short = p.aliases.includes(last) ? last : name;
  const term = termAt(p, date);
  const bare: Ref = { nom: name, acc: name, dat: name, short, country: term?.country ?? p.offices[0]?.country ?? null };
  if (!term) return bare;
  const org = world.organization(term.organization);
  // "Kremlin aide", "White House press secretary": staff are named after the body they serve.
  const country = org && STAFF_OFFICES.has(term.office) ? undefined : world.country(term.country);
  const labelEn = OFFICE_EN[term.office];
  if (!labelEn || name.startsWith(`${labelEn} `)) return bare; // "Pope Francis" is not "Pope Pope Francis"
  if (lang === 'en') {
    let label = labelEn;
    let prefix = '';
    if (NO_ADJECTIVE.has(term.office)) {
      // "Pope Leo XIV": no adjective.
    } else if (country) {
      prefix = COUNTRY_PREFIX.en[country.id] ?? country.en.adjectives[0] ?? '';
    } else if (org) {
      // "European Commission" + "Commission President" -> "European Commission President".
      prefix = acronym(org) ?? org.name;
      const lastOfPrefix = prefix.split(' ').pop()!;
      if (label.startsWith(`${lastOfPrefix} `)) label = label.slice(lastOfPrefix.length + 1);
    }
    const full = [prefix, label, name].filter(Boolean).join(' ');
    return { ...bare, nom: full, acc: full, dat: full };
  }
  const forms = OFFICE_DE[term.office];
  if (!forms) return bare;
  const female = FEMALE_GIVEN_NAMES.has(name.split(' ')[0]);
  const [nomT, oblT, femT] = forms;
  if (country?.id === 'DEU' && term.office === 'chancellor') {
    const t = female ? 'Bundeskanzlerin' : 'Bundeskanzler';
    return { ...bare, nom: `${t} ${name}`, acc: `${t} ${name}`, dat: `${t} ${name}` };
  }
  const compound = country ? COUNTRY_PREFIX.de[country.id] : org ? acronym(org) : undefined;
  if (compound) {
    if (female) return { ...bare, nom: `${compound}-${femT} ${name}`, acc: `die ${compound}-${femT} ${name}`, dat: `der ${compound}-${femT} ${name}` };
    return { ...bare, nom: `${compound}-${nomT} ${name}`, acc: `den ${compound}-${oblT} ${name}`, dat: `dem ${compound}-${oblT} ${name}` };
  }
  const adj = NO_ADJECTIVE.has(term.office) ? undefined : country?.de.adjectives[0];
  if (!adj) {
    if (!NO_ADJECTIVE.has(term.office)) return bare;
    return { ...bare, nom: `${nomT} ${name}`, acc: `${oblT} ${name}`, dat: `${oblT} ${name}` };
  }
  if (female) return { ...bare, nom: `die ${adj}e ${femT} ${name}`, acc: `die ${adj}e ${femT} ${name}`, dat: `der ${adj}en ${femT} ${name}` };
  return { ...bare, nom: `der ${adj}e ${nomT} ${name}`, acc: `den ${adj}en ${oblT} ${name}`, dat: `dem ${adj}en ${oblT} ${name}` };
}

// ------------------------------------------------------------------ sentences

interface Scene {
  a: Ref;
  b: Ref;
  day: string;
  city: string;
  /** The capital of the first actor's state: where a host receives a guest. */
  home: string;
  topicId: string;
  topic: string;
  lang: Lang;
}

function mainSentence(kind: Kind, s: Scene, prng: Prng, world: World): string {
  const { a, b, day, city, topic } = s;
  if (s.lang === 'en') {
    switch (kind) {
      case 'CALL': return prng.pick([
        `${a.nom} spoke by phone with ${b.nom} ${day}, a readout from the office of ${a.short} showed.`,
        `${a.nom} held a phone call with ${b.nom} ${day} to discuss ${topic}.`,
        `${a.nom} called ${b.nom} ${day} to discuss ${topic}.`,
        `${b.nom} received a phone call from ${a.nom} ${day}.`,
      ]);
      case 'MEETING': return prng.pick([
        `${a.nom} met ${b.nom} in ${city} ${day} to discuss ${topic}.`,
        `${a.nom} hosted ${b.nom} in ${s.home} ${day}.`,
        `${a.nom} met with ${b.nom} ${day} on the sidelines of a conference in ${city}.`,
      ]);
      case 'TALKS': return prng.pick([
        `${a.nom} held talks with ${b.nom} in ${city} ${day} on ${topic}.`,
        `${a.nom} negotiated with ${b.nom} in ${city} ${day} over ${topic}.`,
      ]);
      case 'CONSULTATION': return prng.pick([
        `${a.nom} spoke with ${b.nom} ${day} about ${topic}.`,
        `${a.nom} reached out to ${b.nom} ${day} about ${topic}.`,
      ]);
      case 'STATEMENT': return `${a.nom} said ${day} that ${countryRef(world, b, 'en')} must ${prng.pick(DEMANDS.en)}.`;
      case 'APPEAL': return `${a.nom} urged ${b.nom} ${day} to ${prng.pick(APPEALS.en)}.`;
      case 'PLANNED': return `${a.nom} is expected to meet ${b.nom} in ${city} next week to discuss ${topic}.`;
    }
  }
  switch (kind) {
    case 'CALL': return prng.pick([
      `${a.nom} telefonierte ${day} mit ${b.dat}.`,
      `${a.nom} führte ${day} ein Telefonat mit ${b.dat} über ${topic}.`,
      `${a.nom} rief ${day} ${b.acc} an.`,
    ]);
    case 'MEETING': return prng.pick([
      `${a.nom} traf ${day} in ${city} ${b.acc}.`,
      `${a.nom} empfing ${day} ${b.acc} in ${s.home}.`,
    ]);
    case 'TALKS': return `${a.nom} verhandelte ${day} in ${city} mit ${b.dat} über ${topic}.`;
    case 'CONSULTATION': return `${a.nom} sprach ${day} mit ${b.dat} über ${topic}.`;
    case 'STATEMENT': return `${a.nom} sagte ${day}, ${countryRef(world, b, 'de')} müsse ${prng.pick(DEMANDS.de)}.`;
    case 'APPEAL': return `${a.nom} forderte ${day} ${b.acc} auf, ${prng.pick(APPEALS.de)}.`;
    case 'PLANNED': return `${a.short} will ${b.short} in der kommenden Woche in ${city} treffen.`;
  }
}

function quoteSentence(speaker: Ref, lang: Lang, prng: Prng): string {
  const quote = prng.pick(QUOTES[lang]);
  return lang === 'en' ? `"${quote}," ${speaker.short} said afterwards.` : `„${quote}“, sagte ${speaker.short} anschließend.`;
}

const NEEDS_ARTICLE = /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Czech Republic|Dominican Republic|Central African|Democratic|Republic|Holy See|Vatican)/;

/** The state a statement is about: "Moscow" / "die Regierung in Moskau", else the person. */
function countryRef(world: World, about: Ref, lang: Lang): string {
  const c = world.country(about.country);
  const capital = c?.[lang].metonyms[0];
  if (lang === 'de') return capital ? `die Regierung in ${capital}` : about.short;
  if (capital) return capital;
  if (c) return NEEDS_ARTICLE.test(c.name) ? `the ${c.name}` : c.name;
  return about.short;
}

function cityFor(world: World, a: Ref, b: Ref, lang: Lang, prng: Prng): string {
  const roll = prng.next();
  const country = world.country(roll < 0.5 ? a.country : roll < 0.8 ? b.country : null);
  const metonym = country?.[lang].metonyms[0];
  if (metonym) return metonym;
  const [en, de] = prng.pick(NEUTRAL_CITIES);
  return lang === 'en' ? en : de;
}

function dayPhrase(publishedAt: string, daysBefore: number, lang: Lang): string {
  const weekday = new Date(Date.parse(`${publishedAt}T00:00:00Z`) - daysBefore * DAY_MS).getUTCDay();
  return lang === 'en' ? `on ${WEEKDAYS.en[weekday]}` : `am ${WEEKDAYS.de[weekday]}`;
}

function pickKind(prng: Prng): Kind {
  let r = prng.next() * KIND_WEIGHTS.reduce((n, [, w]) => n + w, 0);
  for (const [kind, w] of KIND_WEIGHTS) {
    r -= w;
    if (r <= 0) return kind;
  }
  return 'CALL';
}

function scene(world: World, prng: Prng, lang: Lang, publishedAt: string): Scene {
  const [pa, pb] = world.pair(prng, publishedAt);
  const a = refFor(world, pa, publishedAt, lang, prng);
  const b = refFor(world, pb, publishedAt, lang, prng);
  const topicId = TOPIC_IDS[prng.zipf(TOPIC_IDS.length, 0.8)];
  return {
    a, b, lang, day: dayPhrase(publishedAt, prng.int(1, 6), lang), city: cityFor(world, a, b, lang, prng),
    home: world.country(a.country)?.[lang].metonyms[0] ?? (lang === 'en' ? NEUTRAL_CITIES[0][0] : NEUTRAL_CITIES[0][1]),
    topicId, topic: TOPICS[topicId][lang],
  };
}

function composeArticle(world: World, prng: Prng, lang: Lang, publishedAt: string, filler: string[], words: number): { text: string; title: string } {
  const main = scene(world, prng, lang, publishedAt);
  const kind = pickKind(prng);
  const lead = [capitalise(mainSentence(kind, main, prng, world))];
  if (kind !== 'STATEMENT' && kind !== 'PLANNED' && prng.chance(0.5)) lead.push(quoteSentence(prng.chance(0.5) ? main.a : main.b, lang, prng));
  const second = prng.chance(0.4) ? capitalise(mainSentence(prng.pick<Kind>(['STATEMENT', 'APPEAL', 'CALL', 'MEETING']), scene(world, prng, lang, publishedAt), prng, world)) : null;

  const body: string[] = [];
  let count = countWords(lead.join(' ')) + (second ? countWords(second) : 0);
  for (const sentence of prng.shuffle(filler)) {
    if (count >= words) break;
    const s = sentence
      .replace('{n}', String(prng.int(2, 99)))
      .replace('{month}', prng.pick(MONTHS[lang]));
    body.push(s);
    count += countWords(s);
  }
  if (second) body.splice(Math.min(body.length, 2 + prng.int(0, 3)), 0, second);
  const paragraphs = [lead.join(' ')];
  for (let i = 0; i < body.length; i += 4) paragraphs.push(body.slice(i, i + 4).join(' '));
  const headline = TOPICS[main.topicId].headline[lang];
  const title = `${main.a.short} ${lang === 'en' ? 'and' : 'und'} ${main.b.short}: ${headline}`;
  return { text: `${paragraphs.join('\n\n')}\n`, title };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ neutral filler

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function containsPhrase(sentence: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= sentence.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (sentence[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Filler sentences that contain no trigger phrase of the language and no name of a known actor:
 * padding must not add interactions or actors.
 */
export function neutralFiller(lang: Lang, kb: CorpusKnowledge): string[] {
  const banned = [
    ...kb.triggers[lang],
    ...kb.persons.flatMap((p) => [p.name, ...p.aliases]),
    ...[...kb.organizations.values()].flatMap((o) => [o.name, ...o.aliases]),
    ...[...kb.countries.values()].flatMap((c) => [c.name, ...c[lang].names, ...c[lang].adjectives, ...c[lang].demonyms, ...c[lang].metonyms]),
  ].map(words);
  const safe = FILLER[lang].filter((s) => {
    const w = words(s);
    return !banned.some((phrase) => containsPhrase(w, phrase));
  });
  if (safe.length < 15) throw new Error(`only ${safe.length} ${lang} filler sentences are free of trigger words and names; add more to bench/corpus/phrases.ts`);
  return safe;
}
