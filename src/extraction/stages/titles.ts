/**
 * Titles stage: a title joins the name it stands beside ("Kremlin aide Yury Ushakov",
 * "Karoline Leavitt, the White House press secretary", "der Pressesprecher des Weißen Hauses,
 * Karoline Leavitt"), which discovers persons missing from the knowledge base; a title without
 * a name ("the Russian leader", "der US-Präsident") resolves to the office holder on the
 * article's date; "a U.S. official" is an unnamed source that nobody can be.
 */
import { termAt, type Knowledge, type LanguagePack } from '../../knowledge';
import type { TitleEntry } from '../../knowledge/lexicons';
import type { Doc, Mention, PersonFacts, Sentence } from '../doc';
import { nameAt, nameEndingAt, quoteBefore, textOf } from '../entities/name-shape';
import { resolveOffice } from '../entities/resolve-office';
import { mentionAfter, readModifiers, type TitlePhrase } from '../entities/title-phrase';
import { groupBySentence } from '../lib/sentence-index';
import { slug } from '../lib/slug';
import type { Stage } from '../stage';

/** How far back "the president" looks for the president it refers to. */
const RECENT_SENTENCES = 8;
/** Words of an unknown of- or place phrase between a title and its apposition ("der Vorsitzende der Hayek-Gesellschaft, ..."). */
const QUALIFIER_MAX = 6;

function titleText(kb: Knowledge, title: TitleEntry, country: string | null, org: string | null): string | null {
  if (!title.label) return null;
  const orgName = org ? kb.organizations.get(org)?.name : undefined;
  if (orgName) return `${orgName} ${title.label}`;
  const countryName = country ? kb.countries.get(country)?.name : undefined;
  return countryName ? `${title.label} of ${countryName}` : title.label;
}

function formerly(ph: TitlePhrase, title: string | null): string | null {
  return ph.former && title ? `Former ${title}` : title;
}

function phraseCountry(kb: Knowledge, ph: TitlePhrase, extra: Mention | undefined): string | null {
  if (ph.countries.length === 1) return ph.countries[0].id;
  if (ph.title.country) return ph.title.country;
  const org = ph.org ? kb.organizations.get(ph.org.id) : undefined;
  if (org?.country) return org.country;
  if (extra?.kind === 'country') return extra.id;
  if (extra?.kind === 'org') return kb.organizations.get(extra.id)?.country ?? null;
  return null;
}

class TitlePass {
  private readonly mentioned: Set<string>;
  readonly groups: Mention[][];
  /** Definite title-only phrases no earlier holder answered; see resolvePending. */
  private readonly pending: { s: Sentence; list: Mention[]; ph: TitlePhrase; attrs: Mention[] }[] = [];

  constructor(private readonly doc: Doc, private readonly kb: Knowledge, private readonly lang: LanguagePack) {
    this.groups = groupBySentence(doc);
    this.mentioned = new Set(doc.mentions.filter((m) => m.kind === 'person').map((m) => m.id));
  }

  sentence(s: Sentence, list: Mention[]): void {
    const lower = s.lower;
    for (const tm of this.lang.titles.scan(lower)) {
      const over = list.find((m) => m.kind !== 'country' && m.start < tm.end && tm.start < m.end);
      const ph = readModifiers(s, tm.start, tm.end, tm.values[0], this.lang, list);
      if (over) {
        // An alias with its title ("Präsident Xi") after another country's adjective
        // ("der französische Präsident Xi"): the title is that country's, the name is the object.
        if (over.kind !== 'person' || over.start !== tm.start || over.end <= tm.end) continue;
        if (!this.foreignTo(ph, undefined, over.id)) {
          // "der brasilianische Präsident Lula" with the alias "Präsident Lula": the adjective is the title's.
          ph.countries.forEach((c) => (c.attributive = true));
          over.start = Math.min(over.start, ph.start);
          continue;
        }
        over.start = tm.end;
        over.headStart = Math.max(over.headStart, tm.end);
      }
      this.phrase(s, list, ph);
    }
  }

  /**
   * "the presidents of Azerbaijan and Mongolia, Ilham Aliyev and Ukhnaagiin Khurelsukh": a plural
   * title over a list of states, then as many names: each name is that state's holder, and the
   * states only qualify the title. True when the phrase was read so.
   */
  private pluralApposition(s: Sentence, list: Mention[], ph: TitlePhrase): boolean {
    const { lang } = this;
    if (!ph.plural || !lang.set.ofWords.has(s.tokens[ph.titleEnd]?.lower ?? '')) return false;
    const states: Mention[] = [];
    let k = ph.titleEnd + 1;
    for (;;) {
      const m = mentionAfter(s, k, lang, list, ['country']);
      if (!m) break;
      states.push(m);
      k = m.end;
      if (!lang.set.pairJoiners.has(s.tokens[k]?.lower ?? '') && s.tokens[k]?.text !== ',') break;
      if (s.tokens[k]?.text === ',' && !mentionAfter(s, k + 1, lang, list, ['country'])) break;
      k++;
    }
    if (states.length < 2 || s.tokens[k]?.text !== ',') return false;
    const names: [number, number][] = [];
    let j = k + 1;
    while (names.length < states.length) {
      const known = list.find((m) => m.kind === 'person' && m.start === j);
      const span: [number, number] | null = known ? [known.start, known.end] : nameAt(s, j, lang, list, true);
      if (!span || span[1] - span[0] < 2 && !known) return false;
      names.push(span);
      j = span[1];
      if (names.length < states.length) {
        if (s.tokens[j]?.text !== ',' && !lang.set.pairJoiners.has(s.tokens[j]?.lower ?? '')) return false;
        j++;
      }
    }
    states.forEach((c) => (c.attributive = true));
    names.forEach((span, n) => {
      const known = list.find((m) => m.kind === 'person' && m.start === span[0]);
      const single: TitlePhrase = { ...ph, plural: false, countries: [states[n]] };
      if (known) this.attach(s, known, single, [], undefined);
      else this.discover(s, list, single, span, span[0], span[1], [], undefined);
    });
    return true;
  }

  private phrase(s: Sentence, list: Mention[], ph: TitlePhrase): void {
    const { lang } = this;
    if (this.pluralApposition(s, list, ph)) return;
    let k = ph.titleEnd;
    let ofActor: Mention | undefined;
    if (k < s.tokens.length && lang.set.ofWords.has(s.tokens[k].lower)) {
      ofActor = mentionAfter(s, k + 1, lang, list, ['org', 'country']);
      if (ofActor) k = ofActor.end;
    }
    if (!ofActor) k = this.afterQualifier(s, k);
    if (s.tokens[k]?.text === ',') k++;
    const found = list.find((m) => m.kind === 'person' && m.start === k);
    // "der französische Präsident Xi treffen": a known person of another country is the object.
    const known = found && this.foreignTo(ph, ofActor, found.id) ? undefined : found;
    const attrs = [...ph.countries, ...(ph.org ? [ph.org] : []), ...(ofActor ? [ofActor] : [])];
    if (known) return this.attach(s, known, ph, attrs, ofActor);
    const name = nameAt(s, k, lang, list, true);
    if (found && !known) return this.describe(s, list, ph, attrs, ofActor);
    // "the head of a Nigerian NGO": an acronym after a title names a body, not a surname.
    const acronym = !!name && name[1] - name[0] === 1 && /^\p{Lu}{2,}s?$/u.test(s.tokens[name[0]].text);
    if (name && !acronym && (name[1] - name[0] >= 2 || this.surnameAlone(s, name[1]))) return this.discover(s, list, ph, name, ph.start, name[1], attrs, ofActor);
    // "Karoline Leavitt, the White House press secretary"
    // "Macron, the spokesperson added": a title followed by its own verb is a new subject, not an apposition.
    const next = s.tokens[ph.titleEnd];
    const ownVerb = !!next && /^\p{Ll}/u.test(next.text) && !lang.set.prepositions.has(next.lower) && !lang.set.ofWords.has(next.lower)
      && !lang.set.relative.has(next.lower) && !lang.set.coordinators.has(next.lower);
    if (s.tokens[ph.start - 1]?.text === ',' && !ownVerb) {
      const before = list.find((m) => m.kind === 'person' && m.end === ph.start - 1);
      if (before) return this.attach(s, before, ph, attrs, ofActor, ph.titleEnd);
      const n = nameEndingAt(s, ph.start - 1, lang, list);
      if (n && n[1] - n[0] >= 2) return this.discover(s, list, ph, n, n[0], k > ph.titleEnd ? k : ph.titleEnd, attrs, ofActor);
    }
    this.describe(s, list, ph, attrs, ofActor);
  }

  /**
   * "der Vorsitzende der Hayek-Gesellschaft, Stefan Kooths", "consul-general in Osaka, Xue Jian": a
   * short of- or place phrase nobody knows between the title and the comma of its apposition.
   * Returns the comma's index, or k when there is no such phrase.
   */
  private afterQualifier(s: Sentence, k: number): number {
    const { lang } = this;
    const first = s.tokens[k]?.lower ?? '';
    if (!lang.set.ofWords.has(first) && !lang.set.prepositions.has(first)) return k;
    const lower = s.tokens.map((x) => x.lower);
    for (let j = k + 1; j < s.tokens.length && j - k <= QUALIFIER_MAX; j++) {
      const t = s.tokens[j];
      if (t.text === ',') return nameAt(s, j + 1, lang, this.groups[s.index], true) ? j : k;
      if (!/^[\p{L}-]/u.test(t.text) || lang.triggers.longest(lower, j)) return k;
    }
    return k;
  }

  /** "Außenministerin Lahbib betonte", "Prime Minister Kishida said": one word after a title, then a verb, punctuation or a quotation, is a surname. */
  private surnameAlone(s: Sentence, end: number): boolean {
    const next = s.tokens[end];
    if (!next || !/^\p{L}/u.test(next.text)) return next?.text !== '-';
    if (quoteBefore(s, end)) return true;
    return this.lang.triggers.longest(s.lower, end)?.values.some((r) => r.frame !== 'noun') ?? false;
  }

  /** The phrase names a country the person does not serve (by the knowledge base on the article's date). */
  private foreignTo(ph: TitlePhrase, ofActor: Mention | undefined, id: string): boolean {
    if (ph.countries.length !== 1 && !ofActor) return false;
    const country = phraseCountry(this.kb, ph, ofActor);
    const kbPerson = this.kb.persons.get(id);
    const own = kbPerson ? termAt(kbPerson, this.doc.publishedAt)?.country : this.doc.facts.get(id)?.country;
    return !!country && !!own && own !== country;
  }

  private attach(s: Sentence, person: Mention, ph: TitlePhrase, attrs: Mention[], ofActor: Mention | undefined, end?: number): void {
    attrs.forEach((a) => (a.attributive = true));
    person.start = Math.min(person.start, ph.start);
    if (end !== undefined) person.end = Math.max(person.end, end);
    this.ofCountryAfter(s, person, this.groups[s.index]);
    if (!this.doc.facts.has(person.id) && !this.kb.persons.has(person.id)) return;
    if (!this.doc.facts.has(person.id) || ph.former) {
      const country = phraseCountry(this.kb, ph, ofActor);
      const org = ph.org?.id ?? ofActor?.id ?? ph.title.organization ?? null;
      this.doc.facts.set(person.id, {
        id: person.id, name: this.kb.persons.get(person.id)?.name ?? this.doc.facts.get(person.id)!.name,
        role: ph.former ? 'OTHER' : ph.title.role, country,
        organization: org && this.kb.organizations.has(org) && !ph.former ? org : null,
        title: formerly(ph, titleText(this.kb, ph.title, country, org)), office: ph.former ? null : ph.title.office,
        discovered: !this.kb.persons.has(person.id), former: ph.former,
      });
    }
  }

  private discover(
    s: Sentence, list: Mention[], ph: TitlePhrase, name: [number, number], start: number, end: number,
    attrs: Mention[], ofActor: Mention | undefined,
  ): void {
    const surface = textOf(s, name[0], name[1], this.doc.text);
    const id = this.holderNamed(ph, name, surface) ?? this.kb.personBySpelling(surface) ?? slug(surface);
    attrs.forEach((a) => (a.attributive = true));
    const m: Mention = {
      sentence: s.index, start: Math.min(start, name[0]), end: Math.max(end, name[1]), headStart: name[0], headEnd: name[1],
      kind: 'person', id, form: 'name', named: true, attributive: false, possessive: s.tokens[name[1]]?.text === "'s",
    };
    list.push(m);
    this.doc.mentions.push(m);
    this.mentioned.add(id);
    const ofCountry = this.ofCountryAfter(s, m, list);
    if (this.kb.persons.has(id) || this.doc.facts.has(id)) return;
    const country = phraseCountry(this.kb, ph, ofActor) ?? ofCountry;
    const org = ph.org?.id ?? (ofActor?.kind === 'org' ? ofActor.id : null) ?? ph.title.organization ?? null;
    const facts: PersonFacts = {
      id, name: surface, role: ph.former ? 'OTHER' : ph.title.role, country, organization: ph.former ? null : org,
      title: formerly(ph, titleText(this.kb, ph.title, country, org)), office: ph.former ? null : ph.title.office,
      discovered: true, former: ph.former,
    };
    this.doc.facts.set(id, facts);
  }

  /** "Chefankläger Khan": the one holder of the title's office on the article's date with that family name. */
  private holderNamed(ph: TitlePhrase, name: [number, number], surface: string): string | null {
    if (name[1] - name[0] !== 1 || ph.former) return null;
    const ids = new Set(this.kb.offices.withFamilyName(ph.title.office, surface, this.doc.publishedAt).map((h) => h.person.id));
    return ids.size === 1 ? [...ids][0] : null;
  }

  /** "Narendra Modi of India": the country belongs to the person's phrase. */
  private ofCountryAfter(s: Sentence, person: Mention, list: Mention[]): string | null {
    const { lang } = this;
    const k = person.end;
    if (k >= s.tokens.length || !lang.set.ofWords.has(s.tokens[k].lower) || s.tokens[k].lower !== 'of') return null;
    const c = list.find((m) => m.kind === 'country' && m.start === k + 1);
    if (!c) return null;
    c.attributive = true;
    person.end = c.end;
    return c.id;
  }

  private describe(s: Sentence, list: Mention[], ph: TitlePhrase, attrs: Mention[], ofActor: Mention | undefined): void {
    const { title } = ph;
    const blocker = (): void => {
      attrs.forEach((a) => (a.attributive = true));
      const m: Mention = {
        sentence: s.index, start: ph.start, end: ph.titleEnd, headStart: ph.titleStart, headEnd: ph.titleEnd,
        kind: 'blocker', id: '', form: 'description', named: false, attributive: false, possessive: false,
      };
      list.push(m);
      this.doc.mentions.push(m);
    };
    if (ph.indefinite || title.office === 'official' || title.office === 'other') return blocker();
    if (ph.plural || ph.countries.length >= 2) return;
    const country = phraseCountry(this.kb, ph, ofActor);
    const org = ph.org?.id ?? title.organization ?? null;
    let id: string | null = null;
    if (country || org) id = resolveOffice(this.kb, title.office, country, org, this.doc.publishedAt, this.mentioned);
    else if (ph.definite) id = this.recentHolder(s.index, title.office);
    if (!id) {
      if (ph.definite && !country && !org) this.pending.push({ s, list, ph, attrs });
      return;
    }
    this.describeAs(id, s, list, ph, attrs, ofActor);
  }

  /**
   * "das Vorgehen des Chefanklägers" before "Chefankläger Khan" is named: a definite title nobody
   * held before it refers to the one person of the article who holds that office.
   */
  resolvePending(): void {
    for (const { s, list, ph, attrs } of this.pending) {
      // Only a named office ("Chefankläger"); "the leader" or "the counterpart" could be anyone's.
      if (ph.title.office === 'leader' || ph.title.office === 'counterpart') continue;
      const holders = [...this.mentioned].filter((id) => this.kb.persons.has(id) && this.officeOf(id) === ph.title.office);
      if (holders.length === 1) this.describeAs(holders[0], s, list, ph, attrs, undefined);
    }
  }

  private officeOf(id: string): string | null | undefined {
    const kbPerson = this.kb.persons.get(id);
    return kbPerson ? termAt(kbPerson, this.doc.publishedAt)?.office : this.doc.facts.get(id)?.office;
  }

  private describeAs(id: string, s: Sentence, list: Mention[], ph: TitlePhrase, attrs: Mention[], ofActor: Mention | undefined): void {
    attrs.forEach((a) => (a.attributive = true));
    const m: Mention = {
      sentence: s.index, start: ph.start, end: Math.max(ph.titleEnd, ofActor?.end ?? 0), headStart: ph.titleStart, headEnd: ph.titleEnd,
      kind: 'person', id, form: 'description', named: false, attributive: false, possessive: s.tokens[ph.titleEnd]?.text === "'s",
    };
    list.push(m);
    this.doc.mentions.push(m);
  }

  /** "the president": the last person named before whose office it is. */
  private recentHolder(sentence: number, office: string): string | null {
    for (let si = sentence; si >= 0 && si > sentence - RECENT_SENTENCES; si--) {
      const persons = this.groups[si].filter((m) => m.kind === 'person');
      for (let i = persons.length - 1; i >= 0; i--) {
        const id = persons[i].id;
        if (this.officeOf(id) === office) return id;
      }
    }
    return null;
  }
}

export const titles: Stage = {
  name: 'titles',
  requires: ['sentences', 'mentions', 'publishedAt', 'lang'],
  assigns: ['facts'],
  run(doc, kb) {
    if (!doc.lang) return;
    const pass = new TitlePass(doc, kb, doc.lang);
    for (const s of doc.sentences) pass.sentence(s, pass.groups[s.index]);
    pass.resolvePending();
  },
};
