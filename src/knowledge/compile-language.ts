/** Compiles one language's lexicons into lookup structures, once at load. */
import { phraseKeys } from '../extraction/lib/tokenize';
import { TokenTrie } from '../extraction/lib/trie';
import { TitleMatcher } from './title-matcher';
import type {
  BodyPattern, DateLexicon, EvaluationLexicon, LanguageLexicon, TitleLexicon, TopicEntry, TriggerLexicon, TriggerRule,
} from './lexicons';

export type CueKind = 'negation' | 'planned' | 'irrealis';

export interface CompiledDates {
  lexicon: DateLexicon;
  weekdays: Map<string, number>;
  months: Map<string, number>;
  relative: TokenTrie<number>;
  vague: TokenTrie<true>;
  next: Set<string>;
  last: Set<string>;
  since: Set<string>;
  anchors: TokenTrie<number>;
  anaphoric: TokenTrie<number>;
  backReferences: TokenTrie<true>;
}

export interface LanguagePack {
  code: string;
  lexicon: LanguageLexicon;
  set: {
    abbreviations: Set<string>;
    starters: Set<string>;
    determiners: Set<string>;
    prepositions: Set<string>;
    locative: Set<string>;
    boundaries: Set<string>;
    coordinators: Set<string>;
    withWords: Set<string>;
    fromWords: Set<string>;
    betweenWords: Set<string>;
    ofWords: Set<string>;
    possessive: Set<string>;
    infinitive: Set<string>;
    definite: Set<string>;
    relative: Set<string>;
    verbFinalRelative: Set<string>;
    coordinatedAdverbs: Set<string>;
    objectDeterminers: Set<string>;
    nominativePronouns: Set<string>;
    former: Set<string>;
    passiveAgent: Set<string>;
    passiveAuxiliaries: Set<string>;
    subjectPronouns: Set<string>;
    objectPronouns: Set<string>;
    possessivePronouns: Set<string>;
    pluralPronouns: Set<string>;
    pairWords: Set<string>;
    pairHeads: Set<string>;
    anonymous: Set<string>;
    indefinite: Set<string>;
    reportLinks: Set<string>;
    groupNouns: Set<string>;
    initiativeNouns: Set<string>;
    initiativePrepositions: Set<string>;
    proposalVerbs: Set<string>;
    honorifics: Set<string>;
    stopwords: Set<string>;
    homographs: Set<string>;
    asWords: Set<string>;
    nonPersonDescriptors: Set<string>;
    ownCountryNouns: Set<string>;
    pairJoiners: Set<string>;
    governmentNouns: Set<string>;
    pluralSubjectPronouns: Set<string>;
    genitiveArticles: Set<string>;
    partitiveHeads: Set<string>;
    authoredNouns: Set<string>;
    authorWords: Set<string>;
    affiliationWords: Set<string>;
    factualInfinitiveOrdinals: Set<string>;
    addendumVerbs: Set<string>;
    pluralTitleDeterminers: Set<string>;
    placeModifiedNouns: Set<string>;
  };
  titles: TitleMatcher;
  triggers: TokenTrie<TriggerRule>;
  /** One-word triggers that also end a compound ("gespräche" in "Atomgespräche"), longest first. */
  compoundHeads: { head: string; rule: TriggerRule }[];
  cues: TokenTrie<CueKind>;
  dates: CompiledDates;
  topics: TokenTrie<string>;
  bodies: TokenTrie<BodyPattern>;
  lightVerbs: TokenTrie<true>;
  /** Sentence openings that add parties to the meeting just reported. */
  participationAddenda: TokenTrie<true>;
  callMarkers: TokenTrie<true>;
  futureCues: TokenTrie<true>;
  /** After a trigger verb, what makes it no event: "said to be", "declared martial law". */
  idiomsAfterVerb: TokenTrie<true>;
  /** Idioms that start with a trigger verb: "struck a balance". */
  verbIdioms: TokenTrie<true>;
  /** Multi-word coordinators ("as well as"). */
  coordinatorPhrases: TokenTrie<true>;
  evaluation: CompiledEvaluation;
  groupReferences: TokenTrie<true>;
  personPairOpenings: TokenTrie<true>;
  echoCues: TokenTrie<true>;
}

export interface CompiledEvaluation {
  /** Negative judgements, every adjective ending included; the value is true for a positive word (negated to count). */
  judgements: TokenTrie<boolean>;
  negators: Set<string>;
  labelling: Set<string>;
  copulas: Set<string>;
  intensifiers: Set<string>;
}

function compileEvaluation(lex: EvaluationLexicon): CompiledEvaluation {
  const judgements = new TokenTrie<boolean>();
  const add = (phrase: string, positive: boolean): void => {
    const keys = phraseKeys(phrase);
    // Only a one-word adjective inflects; phrases are listed as they stand.
    const endings = keys.length === 1 ? lex.adjectiveEndings : [''];
    for (const e of endings) judgements.add([...keys.slice(0, -1), keys[keys.length - 1] + e], positive);
  };
  for (const w of lex.negative) add(w, false);
  for (const w of lex.positive) add(w, true);
  return {
    judgements,
    negators: lowerSet(lex.negators),
    labelling: lowerSet(lex.labellingVerbs),
    copulas: lowerSet(lex.copulas),
    intensifiers: lowerSet(lex.intensifiers),
  };
}

const lowerSet = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

function phraseTrie<V>(entries: [string, V][]): TokenTrie<V> {
  const trie = new TokenTrie<V>();
  for (const [phrase, value] of entries) trie.add(phraseKeys(phrase), value);
  return trie;
}

function compileDates(lex: DateLexicon): CompiledDates {
  return {
    lexicon: lex,
    weekdays: new Map(Object.entries(lex.weekdays).flatMap(([day, n]) => [[day, n], ...lex.dayParts.map((part): [string, number] => [day + part, n])])),
    months: new Map(Object.entries(lex.months)),
    relative: phraseTrie(Object.entries(lex.relativeDays)),
    vague: phraseTrie(lex.vaguePeriods.map((p) => [p, true as const])),
    next: lowerSet(lex.nextMarkers),
    last: lowerSet(lex.lastMarkers),
    since: lowerSet(lex.sinceMarkers),
    anchors: phraseTrie(lex.dayOffsetAnchors.map((a) => [a.phrase, a.days])),
    anaphoric: phraseTrie(Object.entries(lex.anaphoricDays ?? {})),
    backReferences: phraseTrie((lex.backReferences ?? []).map((p) => [p, true as const])),
  };
}

export function compileLanguage(
  lex: LanguageLexicon,
  titles: TitleLexicon,
  triggers: TriggerLexicon,
  dates: DateLexicon,
  topics: TopicEntry[],
  bodies: BodyPattern[],
): LanguagePack {
  const code = lex.language;
  const titleTrie = new TitleMatcher();
  for (const t of titles.titles) {
    for (const f of t.forms) {
      titleTrie.add(phraseKeys(f), t);
      if (t.compoundHead && !f.includes(' ')) titleTrie.addCompoundHead(f, t);
    }
  }
  const triggerTrie = new TokenTrie<TriggerRule>();
  for (const r of triggers.rules) for (const m of r.match) triggerTrie.add(phraseKeys(m), r);
  const cues = new TokenTrie<CueKind>();
  for (const kind of ['negation', 'planned', 'irrealis'] as const) for (const c of lex.cues[kind]) cues.add(phraseKeys(c), kind);
  const topicTrie = new TokenTrie<string>();
  for (const t of topics) for (const k of t.keywords[code] ?? []) topicTrie.add(phraseKeys(k), t.id);
  const bodyTrie = new TokenTrie<BodyPattern>();
  for (const b of bodies) for (const f of b.forms[code] ?? []) bodyTrie.add(phraseKeys(f), b);
  const multiCoord = lex.coordinators.filter((c) => c.includes(' '));
  return {
    code,
    lexicon: lex,
    set: {
      abbreviations: lowerSet(lex.abbreviations),
      starters: lowerSet(lex.sentenceStarters),
      determiners: lowerSet(lex.determiners),
      prepositions: lowerSet(lex.prepositions),
      locative: lowerSet(lex.locativePrepositions),
      boundaries: lowerSet(lex.clauseBoundaries),
      coordinators: lowerSet(lex.coordinators.filter((c) => !c.includes(' '))),
      withWords: lowerSet(lex.withWords),
      fromWords: lowerSet(lex.fromWords),
      betweenWords: lowerSet(lex.betweenWords),
      ofWords: lowerSet(lex.ofWords),
      possessive: lowerSet(lex.possessiveMarkers),
      infinitive: lowerSet(lex.infinitiveMarkers),
      definite: lowerSet(lex.definiteDeterminers),
      relative: lowerSet(lex.relativePronouns),
      verbFinalRelative: lowerSet(lex.verbFinalRelativePronouns ?? []),
      coordinatedAdverbs: lowerSet(lex.coordinatedAdverbs ?? []),
      objectDeterminers: lowerSet(lex.objectDeterminers ?? []),
      nominativePronouns: lowerSet(lex.nominativePronouns),
      former: lowerSet(lex.formerMarkers),
      passiveAgent: lowerSet(lex.passiveAgentWords),
      passiveAuxiliaries: lowerSet(lex.passiveAuxiliaries),
      subjectPronouns: lowerSet(lex.pronouns.subject),
      objectPronouns: lowerSet(lex.pronouns.object),
      possessivePronouns: lowerSet(lex.pronouns.possessive),
      pluralPronouns: lowerSet(lex.pronouns.plural),
      pairWords: lowerSet(lex.pairWords ?? []),
      pairHeads: lowerSet(lex.pairHeads ?? []),
      anonymous: lowerSet(lex.cues.anonymousSources),
      indefinite: lowerSet(lex.cues.indefinite),
      reportLinks: lowerSet(lex.cues.reportedSpeechLinks),
      groupNouns: lowerSet(lex.cues.possessiveGroupNouns),
      initiativeNouns: lowerSet(lex.initiativeNouns ?? []),
      initiativePrepositions: lowerSet(lex.initiativePrepositions ?? []),
      proposalVerbs: lowerSet(lex.proposalVerbs ?? []),
      honorifics: lowerSet(lex.honorifics),
      stopwords: lowerSet(lex.stopwords),
      homographs: lowerSet(lex.verbNounHomographs),
      asWords: lowerSet(lex.asWords),
      nonPersonDescriptors: lowerSet(lex.nonPersonDescriptors),
      ownCountryNouns: lowerSet(lex.ownCountryNouns),
      governmentNouns: lowerSet(lex.governmentNouns),
      pluralSubjectPronouns: lowerSet(lex.pluralSubjectPronouns),
      genitiveArticles: lowerSet(lex.genitiveArticles),
      partitiveHeads: lowerSet(lex.partitiveHeads),
      authoredNouns: lowerSet(lex.authoredNouns),
      authorWords: lowerSet(lex.authorWords),
      affiliationWords: lowerSet(lex.affiliationWords),
      factualInfinitiveOrdinals: lowerSet(lex.factualInfinitiveOrdinals),
      addendumVerbs: lowerSet(lex.addendumVerbs),
      pairJoiners: lowerSet(lex.pairJoiners),
      pluralTitleDeterminers: lowerSet(lex.pluralTitleDeterminers),
      placeModifiedNouns: lowerSet(lex.placeModifiedNouns),
    },
    titles: titleTrie,
    triggers: triggerTrie,
    compoundHeads: triggers.rules.filter((r) => r.compoundHead)
      .flatMap((rule) => rule.match.filter((m) => !m.includes(' ')).map((m) => ({ head: m.toLowerCase(), rule })))
      .sort((a, b) => b.head.length - a.head.length),
    cues,
    dates: compileDates(dates),
    topics: topicTrie,
    bodies: bodyTrie,
    coordinatorPhrases: phraseTrie(multiCoord.map((c) => [c, true as const])),
    idiomsAfterVerb: phraseTrie(lex.idiomsAfterVerb.map((c) => [c, true as const])),
    verbIdioms: phraseTrie(lex.verbIdioms.map((c) => [c, true as const])),
    lightVerbs: phraseTrie(lex.lightVerbs.map((c): [string, true] => [c, true])),
    participationAddenda: phraseTrie(lex.participationAddenda.map((c): [string, true] => [c, true])),
    callMarkers: phraseTrie(lex.callMarkers.map((c): [string, true] => [c, true])),
    futureCues: phraseTrie(lex.futureCues.map((c): [string, true] => [c, true])),
    evaluation: compileEvaluation(lex.evaluation),
    groupReferences: phraseTrie(lex.groupReferences.map((c): [string, true] => [c, true])),
    personPairOpenings: phraseTrie(lex.personPairOpenings.map((c): [string, true] => [c, true])),
    echoCues: phraseTrie(lex.echoCues.map((c): [string, true] => [c, true])),
  };
}
