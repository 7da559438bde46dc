/**
 * Coreference stage, kept simple and deterministic: "he"/"er" and "his"/"sein" are the subject
 * of the sentence so far or else of the last sentence that had one; "him"/"ihn" is the person
 * named last; "his country"/"sein Land" is that person's country; "both sides"/"beide Länder"
 * are the two countries just named. Also records each sentence's focus (its subject), which
 * pronouns later refer to.
 */
import { termAt, type Knowledge, type LanguagePack } from '../../knowledge';
import type { Doc, Mention, Sentence, TriggerHit } from '../doc';
import { groupBySentence } from '../lib/sentence-index';
import type { Stage } from '../stage';

/** How many sentences back a pronoun may find its person. */
const LOOKBACK = 3;
/** Tokens (adverbs, auxiliaries) allowed between a subject and its verb. */
const SUBJECT_VERB_GAP = 3;

export function afterPreposition(s: Sentence, m: Mention, lang: LanguagePack): boolean {
  let j = m.start - 1;
  // "With Mr Trump back in the White House": an honorific is no subject marker either.
  while (j >= 0 && (lang.set.determiners.has(s.tokens[j].lower) || lang.set.honorifics.has(s.tokens[j].lower))) j--;
  return j >= 0 && lang.set.prepositions.has(s.tokens[j].lower);
}

/** "den französischen Präsidenten Macron": a determiner in an object case before the phrase. */
function objectCase(s: Sentence, m: Mention, lang: LanguagePack): boolean {
  if (lang.set.objectDeterminers.has(s.tokens[m.start].lower)) return true;
  for (let j = m.start - 1; j >= 0 && lang.set.determiners.has(s.tokens[j].lower); j--) {
    if (lang.set.objectDeterminers.has(s.tokens[j].lower)) return true;
  }
  return false;
}

/** Persons that may be the subject, in text order; "Mr Yoon's stance" is no subject, nor its owner. */
function subjectCandidates(s: Sentence, list: Mention[], lang: LanguagePack): Mention[] {
  return list.filter((m) => m.kind === 'person' && !m.attributive && !m.possessive && !s.quoted[m.start] && !afterPreposition(s, m, lang)
    && !objectCase(s, m, lang)).sort((a, b) => a.start - b.start);
}

function focusOf(s: Sentence, list: Mention[], hits: TriggerHit[], lang: LanguagePack): string | null {
  const cands = subjectCandidates(s, list, lang);
  if (cands.length === 0) return null;
  const before = (m: Mention, h: TriggerHit): boolean => h.start >= m.end && h.start - m.end <= SUBJECT_VERB_GAP;
  // "Putin spoke first, Ushakov told reporters": whoever speaks last is the focus; otherwise the
  // first subject of a verb ("Trump sagte, er werde Xi anrufen": not Xi before "anrufen").
  const speakers = cands.filter((m) => hits.some((h) => h.rule.type === 'STATEMENT' && before(m, h)));
  const agents = cands.filter((m) => hits.some((h) => before(m, h)));
  return (speakers.at(-1) ?? agents[0] ?? cands[0]).id;
}

type PronounKind = 'subject' | 'object' | 'possessive';

function pronounKind(s: Sentence, i: number, lang: LanguagePack): PronounKind | null {
  const l = s.tokens[i].lower;
  if (lang.set.subjectPronouns.has(l)) return 'subject';
  if (lang.set.possessivePronouns.has(l)) return 'possessive';
  if (lang.set.objectPronouns.has(l)) return 'object';
  const amb = lang.lexicon.ambiguousPronouns;
  if (amb.forms.includes(l)) {
    const next = s.tokens[i + 1]?.lower ?? '';
    const plural = amb.pluralVerbEndings.some((e) => next.endsWith(e));
    const singular = amb.singularVerbEndings.some((e) => next.endsWith(e));
    if (singular && !plural) return 'subject';
  }
  return null;
}

/** How many sentences back the pair a group phrase refers to may have been named. */
const GROUP_LOOKBACK = 10;
/** Without a pair named together: how many sentences back the only two countries named may be. */
const RECENT_PAIR_LOOKBACK = 6;

/**
 * The two countries a group phrase ("both sides", "die Staatschefs beider Länder") refers to: the
 * nearest pair named together before it ("Iran and the United States", "zwischen Kambodscha und
 * Thailand"), not a third country named alone (a mediator, a venue).
 */
function lastCountryPair(doc: Doc, groups: Mention[][], k: number, before: number, lang: LanguagePack): string[] | null {
  for (let j = k; j >= 0 && j >= k - GROUP_LOOKBACK; j--) {
    const s = doc.sentences[j];
    const countries = groups[j].filter((m) => m.kind === 'country' && m.form !== 'group' && (j < k || m.end <= before))
      .sort((x, y) => y.start - x.start);
    for (let i = 0; i + 1 < countries.length; i++) {
      const [second, first] = [countries[i], countries[i + 1]];
      if (first.id === second.id || !joined(s, first.end, second.start, lang)) continue;
      // A list of three is no pair.
      const third = countries[i + 2];
      if (third && joined(s, third.end, first.start, lang)) continue;
      return [first.id, second.id];
    }
  }
  return onlyTwoCountries(groups, k, before);
}

/** The two countries of the last few sentences, when no other was named there ("Thailand claims ... Cambodia says ..."). */
function onlyTwoCountries(groups: Mention[][], k: number, before: number): string[] | null {
  const ids = new Set<string>();
  for (let j = k; j >= 0 && j >= k - RECENT_PAIR_LOOKBACK; j--) {
    for (const m of groups[j]) if (m.kind === 'country' && m.form !== 'group' && (j < k || m.end <= before)) ids.add(m.id);
  }
  return ids.size === 2 ? [...ids].sort() : null;
}

/** Only a pair joiner ("and", a hyphen) and determiners between two mentions ("X and the Y", "X-Y"). */
function joined(s: Sentence, from: number, to: number, lang: LanguagePack): boolean {
  if (to <= from) return false;
  let coordinator = false;
  for (let j = from; j < to; j++) {
    const l = s.tokens[j].lower;
    // A dash between spaced words ("Saudi Arabia - Russian officials") joins nothing; "Trump-Putin" does.
    const dash = (l === '-' || l === '/') && (s.tokens[j - 1]?.end !== s.tokens[j].start || s.tokens[j + 1]?.start !== s.tokens[j].end);
    if (lang.set.pairJoiners.has(l) && !dash) coordinator = true;
    else if (!lang.set.determiners.has(l)) return false;
  }
  return coordinator;
}

/** The first list of two or more actors of one kind joined by commas and "and" in sentence k ("Egypt, Jordan and Qatar"). */
function firstList(doc: Doc, groups: Mention[][], k: number, lang: LanguagePack): string[] {
  const s = doc.sentences[k];
  const ms = groups[k].filter((m) => (m.kind === 'country' || m.kind === 'person') && m.form !== 'pronoun' && m.form !== 'group' && !m.attributive)
    .sort((a, b) => a.start - b.start);
  for (let i = 0; i < ms.length; i++) {
    const ids = [ms[i].id];
    let cur = ms[i];
    for (const next of ms.slice(i + 1)) {
      const between = s.tokens.slice(cur.end, next.start).map((t) => t.lower);
      if (next.kind !== cur.kind || between.length === 0 || !between.every((w) => w === ',' || lang.set.pairJoiners.has(w) || lang.set.determiners.has(w))) break;
      if (!ids.includes(next.id)) ids.push(next.id);
      cur = next;
    }
    if (ids.length >= 2) return ids;
  }
  return [];
}

/**
 * "Egypt and Jordan want a role. They met Trump": a plural subject pronoun at the start of its
 * clause stands for the list of actors the previous sentence opened with.
 */
function pluralSubjects(doc: Doc, s: Sentence, list: Mention[], groups: Mention[][], lang: LanguagePack): void {
  if (s.index === 0) return;
  const amb = lang.lexicon.ambiguousPronouns;
  s.tokens.forEach((t, i) => {
    if (!lang.set.pluralSubjectPronouns.has(t.lower) || s.quoted[i] || list.some((m) => m.start <= i && i < m.end)) return;
    // German "sie" is "they" only before a plural verb.
    if (amb.forms.includes(t.lower) && !amb.pluralVerbEndings.some((e) => (s.tokens[i + 1]?.lower ?? '').endsWith(e))) return;
    // "The two smiled when they met": the pair opening this sentence.
    const pair = list.filter((m) => m.form === 'group' && m.kind === 'person' && m.end <= i);
    if (pair.length) {
      for (const m of pair) addGroupMember(doc, s, list, i, i + 1, 'person', m.id);
      return;
    }
    for (const id of firstList(doc, groups, s.index - 1, lang)) {
      addGroupMember(doc, s, list, i, i + 1, groups[s.index - 1].find((m) => m.id === id)!.kind, id);
    }
  });
}

/**
 * "The two smiled and bantered when they met", "Die beiden lächelten": a pair opening at the start
 * of a clause, before a verb or a pair head, stands for the last two persons named.
 */
function personPairs(doc: Doc, s: Sentence, list: Mention[], groups: Mention[][], hits: TriggerHit[], lang: LanguagePack): void {
  const lower = s.lower;
  for (const g of lang.personPairOpenings.scan(lower)) {
    const before = lower[g.start - 1];
    const opensClause = g.start === 0 || before === ',' || lang.set.boundaries.has(before) || lang.set.coordinators.has(before);
    const next = s.tokens[g.end];
    if (!opensClause || !next || s.quoted[g.start] || list.some((m) => m.start < g.end && g.start < m.end)) continue;
    // Before a head ("the two leaders") the phrase is the pair of a contact frame (pairParties).
    const verb = hits.some((h) => h.start === g.end) || (!lang.set.pairHeads.has(next.lower)
      && /^\p{Ll}/u.test(next.text) && (lang.lexicon.capitalisedNouns || lang.lexicon.pastTenseEndings.some((e) => next.lower.endsWith(e))));
    if (!verb) continue;
    const pair = lastPersons(doc, groups, s.index, g.start);
    if (pair.length === 2) for (const id of pair) addGroupMember(doc, s, list, g.start, g.end, 'person', id);
  }
}

/** The last two office holders named before token `before` of sentence k (within LOOKBACK sentences). */
function lastPersons(doc: Doc, groups: Mention[][], k: number, before: number): string[] {
  const ids: string[] = [];
  for (let j = k; j >= 0 && j >= k - LOOKBACK && ids.length < 2; j--) {
    const persons = groups[j].filter((m) => m.kind === 'person' && m.form !== 'pronoun' && m.form !== 'group' && !m.attributive
      && doc.facts.get(m.id)?.role !== 'OTHER' && (j < k || m.end <= before))
      .sort((a, b) => b.start - a.start);
    for (const m of persons) if (ids.length < 2 && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
}

/** One member of a group phrase over tokens [start, end): a mention of its own, so that lists expand to every member. */
function addGroupMember(doc: Doc, s: Sentence, list: Mention[], start: number, end: number, kind: Mention['kind'], id: string): void {
  const m: Mention = { sentence: s.index, start, end, headStart: start, headEnd: end, kind, id, form: 'group', named: false, attributive: false, possessive: false };
  list.push(m);
  doc.mentions.push(m);
}

/** Adds group mentions to the sentence's list and the document; a title-only reading inside the phrase gives way. */
function addGroupMentions(doc: Doc, s: Sentence, list: Mention[], groups: Mention[][], lang: LanguagePack): void {
  for (const g of lang.groupReferences.scan(s.lower)) {
    const inside = (m: Mention): boolean => m.start < g.end && g.start < m.end;
    if (s.quoted[g.start] || list.some((m) => inside(m) && m.form !== 'description')) continue;
    const pair = lastCountryPair(doc, groups, s.index, g.start, lang);
    if (!pair) continue;
    // "die Staatschefs beider Länder" is no single head of state.
    for (const arr of [list, doc.mentions]) {
      for (let k = arr.length - 1; k >= 0; k--) if (arr[k].sentence === s.index && inside(arr[k])) arr.splice(k, 1);
    }
    for (const id of pair) addGroupMember(doc, s, list, g.start, g.end, 'country', id);
  }
}

/** Words between a leader's possessive and the government noun ("Lee's left-wing government"). */
const GOVERNMENT_MODIFIERS = 3;

/** The state a person leads on the article's date (by the article, else the knowledge base). */
function ledCountry(doc: Doc, kb: Knowledge, id: string): string | null {
  const facts = doc.facts.get(id);
  if (facts) return facts.role === 'LEADER' && !facts.former ? facts.country : null;
  const kbPerson = kb.persons.get(id);
  const term = kbPerson ? termAt(kbPerson, doc.publishedAt) : null;
  return term?.role === 'LEADER' ? term.country ?? null : null;
}

/**
 * "Erdogan's government", "his administration", "Orbans Regierung": a leader's government acts for
 * the state, so the phrase is a mention of that country, not of the person.
 */
function leaderGovernments(doc: Doc, s: Sentence, list: Mention[], kb: Knowledge, lang: LanguagePack): void {
  for (const m of [...list]) {
    if (m.kind !== 'person' || !m.possessive) continue;
    let j = m.end;
    if (s.tokens[j]?.text === "'s" || s.tokens[j]?.text === "'") j++;
    const from = j;
    while (j < s.tokens.length && j - from < GOVERNMENT_MODIFIERS && !lang.set.governmentNouns.has(s.tokens[j].lower)
      && /^[\p{Ll}-]/u.test(s.tokens[j].text)) j++;
    if (!lang.set.governmentNouns.has(s.tokens[j]?.lower ?? '')) continue;
    const country = ledCountry(doc, kb, m.id);
    if (!country) continue;
    const g: Mention = {
      sentence: s.index, start: m.start, end: j + 1, headStart: j, headEnd: j + 1, kind: 'country', id: country,
      form: 'description', named: false, attributive: false, possessive: false,
    };
    for (const arr of [list, doc.mentions]) {
      const k = arr.indexOf(m);
      if (k >= 0) arr.splice(k, 1, g);
    }
  }
}

/** The country a person serves on the article's date (by the article, else the knowledge base). */
function countryOfPerson(doc: Doc, kb: Knowledge, id: string): string | null {
  const kbPerson = kb.persons.get(id);
  return doc.facts.get(id)?.country ?? (kbPerson ? termAt(kbPerson, doc.publishedAt)?.country ?? null : null);
}

export const coreference: Stage = {
  name: 'coreference',
  requires: ['sentences', 'mentions', 'triggers', 'lang'],
  assigns: ['focus', 'mentions'],
  run(doc: Doc, kb: Knowledge) {
    const lang = doc.lang;
    doc.focus = doc.sentences.map(() => null);
    if (!lang) return;
    const groups = groupBySentence(doc);
    const hitsBy: TriggerHit[][] = doc.sentences.map(() => []);
    for (const h of doc.triggers) hitsBy[h.sentence].push(h);
    const previousFocus = (k: number): string | null => {
      for (let j = k - 1; j >= 0 && j >= k - LOOKBACK; j--) if (doc.focus[j]) return doc.focus[j];
      return null;
    };
    const lastPerson = (k: number, before: number, not: string | null): string | null => {
      for (let j = k; j >= 0 && j >= k - LOOKBACK; j--) {
        const persons = groups[j].filter((m) => m.kind === 'person' && (j < k || m.end <= before) && m.id !== not);
        persons.sort((a, b) => a.start - b.start);
        if (persons.length) return persons[persons.length - 1].id;
      }
      return null;
    };
    for (const s of doc.sentences) {
      const list = groups[s.index];
      s.tokens.forEach((_, i) => {
        if (s.quoted[i]) return;
        // The cheap test first: few tokens are pronouns, every token would scan the mentions.
        const kind = pronounKind(s, i, lang);
        if (!kind || list.some((m) => m.start <= i && i < m.end)) return;
        const before = subjectCandidates(s, list, lang).filter((m) => m.end <= i).sort((a, b) => a.start - b.start);
        const subject = before[0]?.id ?? null;
        // "Putin apologised to him": an object pronoun is never the subject of its own clause, the person just before it.
        // ("... and warned him": after a coordinator the clause has the earlier subject again.)
        const nearest = kind === 'object' ? list.filter((m) => m.kind === 'person' && m.end <= i && m.form !== 'pronoun').sort((a, b) => a.start - b.start).at(-1) : undefined;
        const local = nearest && s.tokens.slice(nearest.end, i).every((t) => t.lower !== ',' && !lang.set.coordinators.has(t.lower) && !lang.set.boundaries.has(t.lower))
          ? nearest : undefined;
        const id = kind === 'object' ? lastPerson(s.index, i, local?.id ?? subject) ?? subject : subject ?? previousFocus(s.index);
        if (!id) return;
        // "said his country was negotiating", "sein Land verhandle": the person's country.
        const country = kind === 'possessive' && lang.set.ownCountryNouns.has(s.tokens[i + 1]?.lower ?? '') ? countryOfPerson(doc, kb, id) : null;
        const m: Mention = country
          ? { sentence: s.index, start: i, end: i + 2, headStart: i + 1, headEnd: i + 2, kind: 'country', id: country, form: 'description', named: false, attributive: false, possessive: false }
          : { sentence: s.index, start: i, end: i + 1, headStart: i, headEnd: i + 1, kind: 'person', id, form: 'pronoun', named: false, attributive: false, possessive: kind === 'possessive' };
        list.push(m);
        doc.mentions.push(m);
      });
      addGroupMentions(doc, s, list, groups, lang);
      personPairs(doc, s, list, groups, hitsBy[s.index], lang);
      pluralSubjects(doc, s, list, groups, lang);
      leaderGovernments(doc, s, list, kb, lang);
      doc.focus[s.index] = focusOf(s, list, hitsBy[s.index], lang);
    }
  },
};
