/**
 * Checks the knowledge data files (src/knowledge/*.json) against src/knowledge/schema.ts and
 * the conventions in src/knowledge/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { ORGANIZATION_TYPES, PERSON_ROLES } from '../../src/domain/enums';
import type {
  CountryEntry,
  CountryLanguageForms,
  OfficeKey,
  OfficeTerm,
  OrganizationEntry,
  PersonEntry,
} from '../../src/knowledge/schema';

const KNOWLEDGE_DIR = path.join(__dirname, '..', '..', 'src', 'knowledge');

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(KNOWLEDGE_DIR, file), 'utf8'));
}

const persons = readJson('persons.json') as PersonEntry[];
const organizations = readJson('organizations.json') as OrganizationEntry[];
const countries = readJson('countries.json') as CountryEntry[];

/** Every OfficeKey of schema.ts; the `satisfies` clause makes the compiler keep the two in step. */
const OFFICE_KEYS = [
  'president', 'president-elect', 'vice-president', 'prime-minister', 'chancellor',
  'king', 'queen', 'emir', 'crown-prince', 'supreme-leader', 'pope', 'head-of-state',
  'foreign-minister', 'defense-minister', 'finance-minister', 'interior-minister',
  'minister', 'secretary-of-state', 'national-security-adviser', 'chief-of-staff',
  'press-secretary', 'spokesperson', 'aide', 'envoy', 'ambassador',
  'secretary-general', 'commission-president', 'council-president', 'high-representative',
  'general', 'intelligence-chief', 'director-general', 'prosecutor', 'consul',
] as const satisfies readonly OfficeKey[];
/** True only if OFFICE_KEYS lists every OfficeKey (a type error otherwise under `npm run typecheck`). */
const OFFICE_KEYS_COMPLETE: Exclude<OfficeKey, (typeof OFFICE_KEYS)[number]> extends never ? true : false = true;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATE: Record<string, string> = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'ae' };

/** Slug of a canonical name: lowercase ASCII, accents stripped, every other run of characters to '-'. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØłŁđĐıßæÆ]/g, (c) => TRANSLITERATE[c])
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function isAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && isoCountries.isValid(code) && isoCountries.alpha3ToAlpha2(code) !== undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNonEmptyString = (v: unknown): v is string => isString(v) && v.trim() === v && v.length > 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isNonEmptyString);

function keysOf(value: object): string[] {
  return Object.keys(value).sort();
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Normalised form used to compare aliases: case- and accent-insensitive. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Aliases that two different persons may share, each with the reason. Keep this list short:
 * an alias shared by two people cannot identify either of them.
 */
const SHARED_PERSON_ALIASES: Record<string, string> = {};

describe('knowledge data files', () => {
  describe('persons.json', () => {
    it('knows every office key of schema.ts', () => {
      expect(OFFICE_KEYS_COMPLETE).toBe(true);
      expect(new Set(OFFICE_KEYS).size).toBe(OFFICE_KEYS.length);
    });

    it('is a non-empty array sorted by id with unique ids', () => {
      expect(Array.isArray(persons)).toBe(true);
      expect(persons.length).toBeGreaterThanOrEqual(250);
      const ids = persons.map((p) => p.id);
      expect(duplicates(ids)).toEqual([]);
      expect(ids).toEqual([...ids].sort());
    });

    it.each(persons.map((p) => [p.id, p] as const))('%s has the PersonEntry shape', (_id, p) => {
      expect(keysOf(p)).toEqual(['aliases', 'id', 'name', 'offices']);
      expect(isNonEmptyString(p.name)).toBe(true);
      expect(isStringArray(p.aliases)).toBe(true);
      expect(Array.isArray(p.offices)).toBe(true);
      expect(duplicates(p.aliases)).toEqual([]);
      expect(p.aliases).not.toContain(p.name);
    });

    it.each(persons.map((p) => [p.id, p] as const))('%s has the slug of its name as id', (id, p) => {
      expect(id).toBe(slug(p.name));
    });

    const terms: Array<readonly [string, number, OfficeTerm]> = persons.flatMap((p) =>
      p.offices.map((t, i) => [p.id, i, t] as const),
    );

    it.each(terms)('%s office #%i has the OfficeTerm shape', (_id, _i, t) => {
      expect(keysOf(t)).toEqual(['country', 'from', 'office', 'organization', 'role', 'title', 'to']);
      expect(isNonEmptyString(t.title)).toBe(true);
      expect(OFFICE_KEYS).toContain(t.office);
      expect(PERSON_ROLES).toContain(t.role);
      expect(t.country === null || isAlpha3(t.country)).toBe(true);
      expect(t.organization === null || isNonEmptyString(t.organization)).toBe(true);
      expect(t.from === null || isIsoDate(t.from)).toBe(true);
      expect(t.to === null || isIsoDate(t.to)).toBe(true);
    });

    it.each(terms.filter(([, , t]) => t.from !== null && t.to !== null))(
      '%s office #%i starts no later than it ends',
      (_id, _i, t) => {
        expect(t.from! <= t.to!).toBe(true);
      },
    );

    it.each(terms)('%s office #%i is LEADER exactly when it is a leading office', (_id, _i, t) => {
      // Heads of state and government lead; vice-presidents, crown princes (unless also PM) and ministers do not.
      if (['president-elect', 'prime-minister', 'chancellor', 'king', 'queen', 'emir', 'supreme-leader', 'pope'].includes(t.office)) {
        expect(t.role).toBe('LEADER');
      }
      if (['vice-president', 'foreign-minister', 'defense-minister', 'finance-minister', 'interior-minister', 'minister',
        'secretary-of-state', 'national-security-adviser', 'chief-of-staff', 'press-secretary', 'spokesperson', 'aide',
        'envoy', 'ambassador', 'consul', 'general', 'intelligence-chief', 'director-general', 'prosecutor', 'high-representative',
        'commission-president', 'council-president', 'secretary-general'].includes(t.office)) {
        expect(t.role).not.toBe('LEADER');
      }
    });

    it('references only organizations that exist in organizations.json', () => {
      const orgIds = new Set(organizations.map((o) => o.id));
      const missing = terms
        .filter(([, , t]) => t.organization !== null && !orgIds.has(t.organization))
        .map(([id, i, t]) => `${id}#${i}: ${t.organization}`);
      expect(missing).toEqual([]);
    });

    it('gives no alias to two different persons unless it is allow-listed', () => {
      const owners = new Map<string, Set<string>>();
      for (const p of persons) {
        for (const a of [p.name, ...p.aliases]) {
          const k = fold(a);
          if (!owners.has(k)) owners.set(k, new Set());
          owners.get(k)!.add(p.id);
        }
      }
      const shared = [...owners.entries()]
        .filter(([k, ids]) => ids.size > 1 && !(k in SHARED_PERSON_ALIASES))
        .map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
      expect(shared).toEqual([]);
    });

    it.each([
      "'s", '’s', '’', 'ʼ',
    ])('has no alias containing %j (the matcher derives possessives and normalises apostrophes)', (fragment) => {
      const bad = persons.flatMap((p) => p.aliases.filter((a) => a.includes(fragment) && (fragment !== "'s" || /'s$/.test(a))));
      expect(bad).toEqual([]);
    });

    it.each([
      'Costa', 'Michel', 'Lee', 'Kim', 'Khan', 'Johnson', 'Wang', 'Li', 'Bush', 'Harris', 'King', 'Wiles', 'Ali', 'Salman',
      'Abbas', 'Aoun', 'Sharif', 'Zardari', 'Montenegro', 'Frieden', 'Petro', 'Store', 'Reiche', 'Martin', 'Dan', 'Cohen',
      'Sánchez', 'Pavel', 'Marin', 'Albanese', 'Wong', 'Singh', 'Bar', 'Qassem', 'Sinwar', 'Turk', 'Saar',
    ])('does not use the ambiguous or common word %j as an alias', (word) => {
      const users = persons.filter((p) => p.aliases.some((a) => fold(a) === fold(word))).map((p) => p.id);
      expect(users).toEqual([]);
    });

    it.each([
      ['volodymyr-zelenskyy', ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Selenskyj', 'Wolodymyr Selenskyj']],
      ['vladimir-putin', ['Putin', 'Wladimir Putin']],
      ['yuri-ushakov', ['Yury Ushakov', 'Ushakov', 'Uschakow']],
      ['sergei-lavrov', ['Lavrov', 'Lawrow', 'Sergej Lawrow']],
      ['dmitry-peskov', ['Peskov', 'Peskow', 'Dmitri Peskow']],
      ['recep-tayyip-erdogan', ['Erdogan', 'Erdoğan']],
      ['pope-leo-xiv', ['Leo XIV', 'Papst Leo XIV']],
      ['pope-francis', ['Papst Franziskus']],
      ['charles-iii', ['King Charles III', 'König Charles III.']],
      ['mohammed-bin-salman', ['MBS']],
      ['xi-jinping', ['Xi']],
    ])('knows %s by %j', (id, aliases) => {
      const p = persons.find((x) => x.id === id);
      expect(p).toBeDefined();
      expect(p!.aliases).toEqual(expect.arrayContaining(aliases));
    });

    it.each([
      ['donald-trump', '2025-03-01', 'president', 'LEADER', 'USA'],
      ['donald-trump', '2024-12-01', 'president-elect', 'LEADER', 'USA'],
      ['joe-biden', '2024-06-01', 'president', 'LEADER', 'USA'],
      ['jd-vance', '2025-06-01', 'vice-president', 'OFFICIAL', 'USA'],
      ['marco-rubio', '2025-06-01', 'secretary-of-state', 'OFFICIAL', 'USA'],
      ['karoline-leavitt', '2025-06-01', 'press-secretary', 'OFFICIAL', 'USA'],
      ['pete-hegseth', '2025-06-01', 'defense-minister', 'OFFICIAL', 'USA'],
      ['vladimir-putin', '2024-01-01', 'president', 'LEADER', 'RUS'],
      ['yuri-ushakov', '2025-07-03', 'aide', 'OFFICIAL', 'RUS'],
      ['volodymyr-zelenskyy', '2025-01-01', 'president', 'LEADER', 'UKR'],
      ['keir-starmer', '2025-01-01', 'prime-minister', 'LEADER', 'GBR'],
      ['friedrich-merz', '2025-06-01', 'chancellor', 'LEADER', 'DEU'],
      ['olaf-scholz', '2024-06-01', 'chancellor', 'LEADER', 'DEU'],
      ['mohammed-bin-salman', '2023-01-01', 'prime-minister', 'LEADER', 'SAU'],
      ['ali-khamenei', '2024-01-01', 'supreme-leader', 'LEADER', 'IRN'],
      ['pope-leo-xiv', '2025-06-01', 'pope', 'LEADER', 'VAT'],
      ['pope-francis', '2024-06-01', 'pope', 'LEADER', 'VAT'],
      ['narendra-modi', '2024-11-11', 'prime-minister', 'LEADER', 'IND'],
      ['benjamin-netanyahu', '2024-11-11', 'prime-minister', 'LEADER', 'ISR'],
    ])('has %s in office on %s as %s (%s, %s)', (id, date, office, role, country) => {
      const p = persons.find((x) => x.id === id)!;
      const active = p.offices.filter((t) => (t.from === null || t.from <= date) && (t.to === null || date < t.to));
      expect(active).toEqual(expect.arrayContaining([expect.objectContaining({ office, role, country })]));
    });

    it.each([
      ['mark-rutte', 'secretary-general', 'nato'],
      ['dmitry-peskov', 'spokesperson', 'kremlin'],
      ['yuri-ushakov', 'aide', 'kremlin'],
      ['ursula-von-der-leyen', 'commission-president', 'european-commission'],
      ['antonio-guterres', 'secretary-general', 'united-nations'],
      ['kaja-kallas', 'high-representative', 'european-union'],
    ])('has %s currently serving as %s of %s', (id, office, organization) => {
      const p = persons.find((x) => x.id === id)!;
      expect(p.offices).toEqual(expect.arrayContaining([expect.objectContaining({ office, organization, to: null })]));
    });
  });

  describe('organizations.json', () => {
    it('is a non-empty array sorted by id with unique ids', () => {
      expect(organizations.length).toBeGreaterThanOrEqual(150);
      const ids = organizations.map((o) => o.id);
      expect(duplicates(ids)).toEqual([]);
      expect(ids).toEqual([...ids].sort());
    });

    it.each(organizations.map((o) => [o.id, o] as const))('%s has the OrganizationEntry shape', (id, o) => {
      expect(keysOf(o)).toEqual(['aliases', 'country', 'id', 'name', 'type']);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(isNonEmptyString(o.name)).toBe(true);
      expect(isStringArray(o.aliases)).toBe(true);
      expect(duplicates(o.aliases)).toEqual([]);
      expect(o.aliases).not.toContain(o.name);
      expect(ORGANIZATION_TYPES).toContain(o.type);
      expect(o.country === null || isAlpha3(o.country)).toBe(true);
    });

    it('has no alias with a typographic apostrophe or quotation mark', () => {
      const bad = organizations.flatMap((o) => [o.name, ...o.aliases].filter((a) => /[’‘“”„"]/.test(a)));
      expect(bad).toEqual([]);
    });

    it('gives no alias to two different organizations', () => {
      const owners = new Map<string, string>();
      const shared: string[] = [];
      for (const o of organizations) {
        for (const a of new Set([o.name, ...o.aliases].map(fold))) {
          const prev = owners.get(a);
          if (prev !== undefined && prev !== o.id) shared.push(`${a}: ${prev}, ${o.id}`);
          owners.set(a, o.id);
        }
      }
      expect(shared).toEqual([]);
    });

    it.each([
      ['white-house', 'GOVERNMENT_BODY', 'USA', ['Weißes Haus', 'Weißen Haus', 'Weißen Hauses', 'Weiße Haus']],
      ['kremlin', 'GOVERNMENT_BODY', 'RUS', ['Kreml', 'Kremls']],
      ['us-department-of-defense', 'GOVERNMENT_BODY', 'USA', ['Pentagon', 'Department of War', 'US-Verteidigungsministerium']],
      ['russian-ministry-of-defense', 'GOVERNMENT_BODY', 'RUS', ["Russia's Defense Ministry", 'Russian Defence Ministry', 'russischen Verteidigungsministeriums']],
      ['ministry-of-foreign-affairs-of-ukraine', 'GOVERNMENT_BODY', 'UKR', ["Ukraine's Foreign Ministry", 'ukrainische Außenministerium']],
      ['sbu', 'GOVERNMENT_BODY', 'UKR', ['SBU', "Ukraine's Security Service"]],
      ['nato', 'ALLIANCE', null, ['Nato', 'Nordatlantikpakt']],
      ['european-union', 'ALLIANCE', null, ['EU', 'Europäische Union']],
      ['eurasian-economic-union', 'INTERNATIONAL', null, ['EAEU', 'Eurasische Wirtschaftsunion']],
      ['united-nations', 'INTERNATIONAL', null, ['UN', 'Vereinte Nationen', 'UNO']],
      ['afp', 'MEDIA', 'FRA', ['Agence France-Presse']],
      ['washington-post', 'MEDIA', 'USA', ['Washington Post']],
      ['al-jazeera', 'MEDIA', 'QAT', []],
      ['ani', 'MEDIA', 'IND', []],
      ['rt', 'MEDIA', 'RUS', []],
    ])('has %s as %s of %s known by %j', (id, type, country, aliases) => {
      const o = organizations.find((x) => x.id === id);
      expect(o).toBeDefined();
      expect(o).toEqual(expect.objectContaining({ type, country }));
      expect(o!.aliases).toEqual(expect.arrayContaining(aliases as string[]));
    });

    // The gazetteer also matches "The Washington Post" as "Washington Post": a leading article
    // must not leave a single common word behind ("Die Zeit" -> "Zeit", "The Hill" -> "Hill").
    const ARTICLE_STRIPPED_OK = new Set(['Grünen', 'Linke', 'Spiegel', 'Tagesspiegel', 'tageszeitung', 'Guardian', 'Telegraph', 'Kremlin', 'Pentagon']);

    it('has no name or alias that leaves a single common word once its article is dropped', () => {
      const bad = organizations.flatMap((o) => [o.name, ...o.aliases]
        .filter((n) => /^(the|die|der|das) \S+$/i.test(n) && !ARTICLE_STRIPPED_OK.has(n.replace(/^\S+ /, ''))));
      expect(bad).toEqual([]);
    });

    it.each(['Post', 'ABC', 'IS', 'PA', 'AA', 'Union', 'Zeit', 'Welt', 'Presse', 'Standard', 'Hill', 'Times', 'Left', 'MIT'])('does not use the ambiguous word %j as an alias', (word) => {
      expect(organizations.filter((o) => o.aliases.includes(word)).map((o) => o.id)).toEqual([]);
    });
  });

  describe('countries.json', () => {
    const isoCodes = Object.keys(isoCountries.getAlpha3Codes()).sort();

    it('has exactly one entry per alpha-3 code known to i18n-iso-countries, sorted by id', () => {
      expect(countries.map((c) => c.id)).toEqual(isoCodes);
    });

    it.each(countries.map((c) => [c.id, c] as const))('%s has the CountryEntry shape', (id, c) => {
      expect(keysOf(c)).toEqual(['de', 'en', 'id', 'name']);
      expect(isAlpha3(id)).toBe(true);
      expect(isNonEmptyString(c.name)).toBe(true);
      for (const lang of ['en', 'de'] as const) {
        const forms: CountryLanguageForms = c[lang];
        expect(keysOf(forms)).toEqual(['adjectives', 'demonyms', 'metonyms', 'names']);
        for (const list of [forms.names, forms.adjectives, forms.demonyms, forms.metonyms]) {
          expect(isStringArray(list)).toBe(true);
          expect(duplicates(list)).toEqual([]);
        }
        expect(forms.names.length).toBeGreaterThan(0);
      }
      expect(c.en.names).toContain(c.name);
    });

    it.each(countries.map((c) => [c.id, c.de.adjectives] as const))(
      '%s gives German adjectives as lowercase uninflected stems',
      (_id, adjectives) => {
        for (const a of adjectives) {
          expect(a).toBe(a.toLowerCase());
          expect(a).toMatch(/sch$/);
        }
      },
    );

    it('gives no form to two different countries within one language', () => {
      const shared: string[] = [];
      for (const lang of ['en', 'de'] as const) {
        const owners = new Map<string, string>();
        for (const c of countries) {
          const f = c[lang];
          for (const form of new Set([...f.names, ...f.adjectives, ...f.demonyms, ...f.metonyms].map(fold))) {
            const prev = owners.get(form);
            if (prev !== undefined && prev !== c.id) shared.push(`${lang} ${form}: ${prev}, ${c.id}`);
            owners.set(form, c.id);
          }
        }
      }
      expect(shared).toEqual([]);
    });

    it.each([
      ['USA', 'United States', 'en', ['US', 'U.S.', 'USA', 'America', 'United States of America'], ['American'], ['Americans'], ['Washington']],
      ['USA', 'United States', 'de', ['USA', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika'], ['amerikanisch', 'us-amerikanisch'], ['Amerikaner'], ['Washington']],
      ['GBR', 'United Kingdom', 'en', ['UK', 'Britain', 'Great Britain'], ['British'], ['Britons'], ['London']],
      ['GBR', 'United Kingdom', 'de', ['Großbritannien', 'Vereinigtes Königreich'], ['britisch'], ['Briten'], ['London']],
      ['RUS', 'Russia', 'en', ['Russia', 'Russian Federation'], ['Russian'], ['Russians'], ['Moscow']],
      ['RUS', 'Russia', 'de', ['Russland'], ['russisch'], ['Russe', 'Russen', 'Russin'], ['Moskau']],
      ['UKR', 'Ukraine', 'en', ['Ukraine'], ['Ukrainian'], ['Ukrainians'], ['Kyiv', 'Kiev']],
      ['UKR', 'Ukraine', 'de', ['Ukraine'], ['ukrainisch'], ['Ukrainer', 'Ukrainerin'], ['Kiew']],
      ['DEU', 'Germany', 'de', ['Deutschland'], ['deutsch'], ['Deutsche'], ['Berlin']],
      ['CHN', 'China', 'de', ['China'], ['chinesisch'], ['Chinesen'], ['Peking']],
      ['TUR', 'Turkey', 'en', ['Türkiye'], ['Turkish'], ['Turks'], ['Ankara']],
      ['TUR', 'Turkey', 'de', ['Türkei'], ['türkisch'], ['Türken'], ['Ankara']],
      ['BLR', 'Belarus', 'de', ['Belarus', 'Weißrussland'], ['belarussisch', 'weißrussisch'], ['Belarussen'], ['Minsk']],
      ['ISR', 'Israel', 'en', ['Israel'], ['Israeli'], ['Israelis'], ['Jerusalem']],
      ['IRN', 'Iran', 'de', ['Iran'], ['iranisch'], ['Iraner'], ['Teheran']],
      ['SAU', 'Saudi Arabia', 'de', ['Saudi-Arabien'], ['saudi-arabisch'], ['Saudis'], ['Riad']],
      ['QAT', 'Qatar', 'de', ['Katar'], ['katarisch'], ['Katarer'], ['Doha']],
      ['ARE', 'United Arab Emirates', 'en', ['UAE'], ['Emirati'], ['Emiratis'], ['Abu Dhabi']],
      ['PRK', 'North Korea', 'de', ['Nordkorea'], ['nordkoreanisch'], ['Nordkoreaner'], ['Pjöngjang']],
      ['IND', 'India', 'de', ['Indien'], ['indisch'], ['Inder'], ['Neu-Delhi']],
      ['VAT', 'Vatican City', 'en', ['Holy See', 'Vatican'], [], [], []],
      ['VAT', 'Vatican City', 'de', ['Heiliger Stuhl', 'Vatikan', 'Vatikanstadt'], [], [], []],
      ['CZE', 'Czech Republic', 'en', ['Czechia'], ['Czech'], ['Czechs'], ['Prague']],
      ['NLD', 'Netherlands', 'en', ['Holland'], ['Dutch'], [], []],
      ['CIV', 'Ivory Coast', 'en', ["Côte d'Ivoire"], ['Ivorian'], [], []],
      ['CHE', 'Switzerland', 'de', ['Schweiz'], ['schweizerisch'], ['Schweizer'], ['Bern']],
    ])('has %s (%s) with %s forms', (id, name, lang, names, adjectives, demonyms, metonyms) => {
      const c = countries.find((x) => x.id === id)!;
      expect(c.name).toBe(name);
      const f = c[lang as 'en' | 'de'];
      expect(f.names).toEqual(expect.arrayContaining(names as string[]));
      expect(f.adjectives).toEqual(expect.arrayContaining(adjectives as string[]));
      expect(f.demonyms).toEqual(expect.arrayContaining(demonyms as string[]));
      expect(f.metonyms).toEqual(expect.arrayContaining(metonyms as string[]));
    });

    it.each([
      ['Brussels'], ['Brüssel'], ['The Hague'], ['Den Haag'], ['Sofia'], ['Male'], ['Victoria'], ['Kingston'], ['Douglas'],
    ])('does not use the ambiguous city %j as a metonym', (city) => {
      const users = countries.filter((c) => [...c.en.metonyms, ...c.de.metonyms].includes(city)).map((c) => c.id);
      expect(users).toEqual([]);
    });
  });

  describe('across files', () => {
    it('never gives one surface form to a person, an organization and a country at once', () => {
      const owners = new Map<string, Set<string>>();
      const add = (form: string, owner: string) => {
        const k = fold(form);
        if (!owners.has(k)) owners.set(k, new Set());
        owners.get(k)!.add(owner);
      };
      for (const p of persons) for (const a of [p.name, ...p.aliases]) add(a, `person:${p.id}`);
      for (const o of organizations) for (const a of [o.name, ...o.aliases]) add(a, `organization:${o.id}`);
      for (const c of countries) {
        for (const f of [c.en, c.de]) {
          for (const a of [...f.names, ...f.adjectives, ...f.demonyms, ...f.metonyms]) add(a, `country:${c.id}`);
        }
      }
      const clashes = [...owners.entries()]
        .filter(([, ids]) => new Set([...ids].map((id) => id.split(':')[0])).size > 1)
        .map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
      expect(clashes).toEqual([]);
    });
  });

  describe('country codes', () => {
    it('are valid alpha-3 codes wherever they are used', () => {
      const used = [
        ...persons.flatMap((p) => p.offices.map((t) => t.country)),
        ...organizations.map((o) => o.country),
        ...countries.map((c) => c.id),
      ].filter((c): c is string => c !== null);
      expect([...new Set(used)].filter((c) => !isAlpha3(c))).toEqual([]);
    });
  });

  describe('office-equivalents.json', () => {
    it('names only known offices', () => {
      const equivalents = readJson('office-equivalents.json') as { equivalents: Record<string, string[]> };
      const used = Object.entries(equivalents.equivalents).flatMap(([office, others]) => [office, ...others]);
      expect(used.filter((o) => !(OFFICE_KEYS as readonly string[]).includes(o))).toEqual([]);
    });
  });
});
