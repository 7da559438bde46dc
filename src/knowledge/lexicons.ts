/**
 * Shapes of the extraction lexicons in this folder (the pipeline's own data files; the
 * knowledge-base files persons/organizations/countries are described in schema.ts).
 * Every language has the same file names: language/<lang>.json, titles/<lang>.json,
 * triggers/<lang>.json, dates/<lang>.json.
 */
import type { InteractionType, OrganizationType, PersonRole } from '../domain/enums';
import type { OfficeKey } from './schema';

/** Words of evaluative speech; see LanguageLexicon.evaluation. */
export interface EvaluationLexicon {
  /** Negative judgements: adjectives (base form) and noun phrases ("a disgrace", "eine Gefahr"). */
  negative: string[];
  /** Positive judgements that a negator before them turns negative ("not helpful", "nicht nachvollziehbar"). */
  positive: string[];
  negators: string[];
  /** Endings an adjective takes in this language ("" first): "empörend" → "empörende", "empörenden". */
  adjectiveEndings: string[];
  /** Verbs that label their object ("called X a disgrace", "bezeichnete X als"). */
  labellingVerbs: string[];
  /** Copulas of a reported judgement ("was", "sei"). */
  copulas: string[];
  /** Words that may stand between a copula or labelling verb and the judgement ("simply", "als", "völlig"). */
  intensifiers: string[];
}

/** Function words and cue lists a language needs for clause-level heuristics. */
export interface LanguageLexicon {
  language: string;
  /** Frequent words, used to tell languages apart on text too short for tinyld. */
  stopwords: string[];
  /** Lower-case abbreviations (without the final dot) after which a period does not end a sentence. */
  abbreviations: string[];
  /** Capitalised words that, after an abbreviation such as "U.S.", show that a new sentence began. */
  sentenceStarters: string[];
  /** Words that may stand between a preposition/coordinator and an actor ("the", "der"). */
  determiners: string[];
  prepositions: string[];
  /** Prepositions after which a capital city is a place, not the government ("in Minsk"). */
  locativePrepositions: string[];
  coordinators: string[];
  /** Tokens that end the clause a subject or object is searched in. */
  clauseBoundaries: string[];
  /** "with": introduces the counterpart of a contact. */
  withWords: string[];
  /** "from": introduces the initiator after "received a call". */
  fromWords: string[];
  betweenWords: string[];
  ofWords: string[];
  possessiveMarkers: string[];
  /** "the call", "das Gespräch": a contact noun with one of these refers back to a reported contact. */
  definiteDeterminers: string[];
  /** Endings of participles that open a phrase whose subject is the sentence's ("speaking after talks ..."). */
  participleSuffixes: string[];
  /** Negations that follow the finite verb in its clause ("traf Putin nicht"). */
  postverbalNegation: string[];
  /** Means of contact that make a conversation a CALL ("spoke with Putin by phone"). */
  callMarkers: string[];
  /** Tokens before a trigger in which a plan cue makes it PLANNED (wider for verb-final German). */
  plannedWindow: number;
  /** Speech verbs that are also nouns ("state media", "Gulf states", "insurance claims"): a verb only where a noun cannot stand. */
  verbNounHomographs: string[];
  /** "as" in "as announced", "wie angekündigt": a speech participle after it has no speaker. */
  asWords: string[];
  /** Word sequences after a trigger verb that make it no event of its kind: a raising passive ("said to be"), an act ("declared martial law"). */
  idiomsAfterVerb: string[];
  /** Idioms that start with a trigger verb and are no event of its kind ("struck a balance", "struck a deal"). */
  verbIdioms: string[];
  /**
   * Negative evaluations a speaker gives of an actor or its act ("called the move outrageous",
   * "das Vorgehen sei befremdlich"): such a statement is also criticism of that actor.
   */
  evaluation: EvaluationLexicon;
  /** Phrases for the two countries just named ("both sides", "die Staatschefs beider Länder"). */
  groupReferences: string[];
  /** Words that join two actors into the pair a group phrase refers to ("and", not "or"). */
  pairJoiners: string[];
  /** Determiners that make a title plural where its plural form is also a singular case ("die Präsidenten", not "den Präsidenten"). */
  pluralTitleDeterminers: string[];
  /** Endings of feminine singular title forms, which those determiners also precede ("die Präsidentin"). */
  feminineTitleEndings: string[];
  /** Nouns after a possessive pronoun that mean its person's country ("his country", "sein Land"). */
  ownCountryNouns: string[];
  /** Nouns of a part of an actor, through which "of"/"von" passes ("members of the commission met" is the commission). */
  partitiveHeads: string[];
  /** Words before "N to V" that make the infinitive a fact, not a plan ("the first president to visit"). */
  factualInfinitiveOrdinals: string[];
  /**
   * Clause openings that stand for the two persons just named when a verb follows ("The two smiled
   * when they met", "Die beiden lächelten"), or a pair head ("the two leaders").
   */
  personPairOpenings: string[];
  /** Endings of past-tense verbs, which tell a verb after a pair opening from a noun ("the two smiled", not "the two firms"). */
  pastTenseEndings: string[];
  /** Phrases saying an actor joined the criticism just reported ("Ähnlich äußerte sich X", "criticism also came from X"). */
  echoCues: string[];
  /** Words that tie a person to the body they work for ("Paul Chambers of Naresuan University", "Peter Birle vom Institut"). */
  affiliationWords: string[];
  /** Writings whose author speaks through them ("a report by X said", "according to a paper by X"). */
  authoredNouns: string[];
  /** Words between a writing and its author ("by", "von"). */
  authorWords: string[];
  /** Articles that make the actor after a noun its owner ("die Gespräche der Türkei"). */
  genitiveArticles: string[];
  /** Plural subject pronouns ("they"; German "sie" before a plural verb) that stand for the actors just listed. */
  pluralSubjectPronouns: string[];
  /** Openings of a sentence that adds parties to the meeting just reported ("Also present was X", "Unter den Teilnehmern waren X"). */
  participationAddenda: string[];
  /** Verbs that complete an addendum's opening without a copula ("participants included X"). */
  addendumVerbs: string[];
  /** Nouns after a leader's possessive that mean the state the leader governs ("Erdogan's government", "Orbans Regierung"). */
  governmentNouns: string[];
  /** Nouns a capital city names the place of, not the government ("the Madrid conference", "Oslo-Abkommen"). */
  placeModifiedNouns: string[];
  /** Courtesy titles before a name ("Mr", "Frau"): part of no name, and a single word after one is a surname. */
  honorifics: string[];
  /** Endings of capitalised adjectives that are never part of a person's name ("Internationalen", "Iberoamerikanischen"). */
  adjectiveSuffixes: string[];
  /** Head nouns of an apposition that describes no person ("Aktau, a city in Kazakhstan"). */
  nonPersonDescriptors: string[];
  /** Capitalised words that end organization and place names ("Council", "Ministerium"): such a name is no person. */
  organizationHeadWords: string[];
  /**
   * Where a speaker may follow the verb: "always" (German V2: "erklärte der Kreml") or only
   * "after-quote" (English: '"...," said Trump'; in "X said Russia would ..." Russia is not the speaker).
   */
  speakerAfterVerb: 'always' | 'after-quote';
  /**
   * Pronouns that can only be subjects ("er", "wir"): after a verb in second place they make the
   * phrase before it an object ("Die Rede von Vance weist er zurück"). English, whose subjects are
   * marked by position, lists none.
   */
  nominativePronouns: string[];
  /** Verbs whose object noun names the act ("launched a drone attack"): their subject is its agent. */
  lightVerbs: string[];
  /** Words that put a planned event after publication ("will", "next"): a bare weekday then lies ahead. */
  futureCues: string[];
  /** "former", "ehemalige": the title is no longer held. */
  formerMarkers: string[];
  /**
   * Verb bracket (German): finite auxiliaries of the perfect and of plans/modals early in a clause,
   * passive markers, and words that may follow a clause-final participle.
   */
  verbBracket?: { perfect: string[]; planned: string[]; passive: string[]; closing: string[]; agentWords: string[] };
  /** Phrases after a contact noun, in its clause, that say it did not or will not happen ("fand nicht statt"). */
  nounNegation?: string[];
  /** Verb-final clauses put "mit X" before the verb ("hat mit Putin telefoniert"): look left too. */
  complementsBeforeVerb: boolean;
  /** Every noun is capitalised (German): a capitalised word after a determiner is a noun, not a name. */
  capitalisedNouns: boolean;
  /** Relative pronouns after a comma whose verb has the actor before the comma as subject ("Orban, who met Putin"). */
  relativePronouns: string[];
  /** Relative pronouns after a comma opening a verb-final clause whose subject is the actor before the comma ("Nausėda, der ... bezeichnete"). */
  verbFinalRelativePronouns?: string[];
  /** Adverbs between "and" and a verb that shares the subject before ("and later said", "und danach erklärte"). */
  coordinatedAdverbs?: string[];
  /** Determiners that mark an object case (German "den", "dem"): the person after them is not the subject. */
  objectDeterminers?: string[];
  /** "supported by X": X is an agent, never the one acted upon. */
  passiveAgentWords: string[];
  /** Auxiliaries of a passive right before the participle ("was briefed by"); German verb-final passives are read by the verb bracket. */
  passiveAuxiliaries: string[];
  /** Infinitive markers: a contact verb right after one has not happened yet ("agreed to meet"). */
  infinitiveMarkers: string[];
  pronouns: { subject: string[]; object: string[]; possessive: string[]; plural: string[] };
  /** Words that make a plural subject a pair ("the two leaders", "both men", "die beiden"): the two persons just named. */
  pairWords?: string[];
  /** Words right after a pair word that make it persons ("two leaders", "the two held talks"). */
  pairHeads?: string[];
  /**
   * Pronouns that are singular only before a singular verb (German "sie merkte" = she, "sie
   * sagten" = they): resolved as "she" when the next word has a singular and no plural ending.
   */
  ambiguousPronouns: { forms: string[]; singularVerbEndings: string[]; pluralVerbEndings: string[] };
  cues: {
    /** Before a trigger: the event did not happen. */
    negation: string[];
    /** Near a trigger: the event is announced, scheduled or proposed. */
    planned: string[];
    /** Before a trigger: the event is wished for or demanded, not reported. */
    irrealis: string[];
    /** Head nouns of unnamed sources ("a U.S. official"): such a subject is nobody we can name. */
    anonymousSources: string[];
    indefinite: string[];
    /** "that"/"dass": a statement trigger after one is reported speech inside another statement. */
    reportedSpeechLinks: string[];
    /** Nouns after a country adjective that make the country the actor ("Russian officials"). */
    possessiveGroupNouns: string[];
  };
  /** "at X's request", "auf Einladung von X": the noun that makes X the initiator of the contact. */
  initiativeNouns: string[];
  /** The prepositions that open such a phrase ("at", "auf"). */
  initiativePrepositions: string[];
  /** "proposed", "vorgeschlagen": the actor before a contact noun proposed it, and initiates it. */
  proposalVerbs: string[];
}

/** A title used in front of or after a name, or alone as a description ("the Russian leader"). */
export type TitleOffice = OfficeKey | 'leader' | 'counterpart' | 'official' | 'other';

export interface TitleEntry {
  /** Lower-case surface forms; several words separated by spaces ("prime minister"). */
  forms: string[];
  office: TitleOffice;
  role: PersonRole;
  /** English label used to build a title for a person found in the text ("Press Secretary"). */
  label: string;
  /** The forms are plural: "the British and French leaders" names countries, not one person. */
  plural?: boolean;
  /** German: the one-word forms also end a compound title ("Gesundheitsminister", "Armeesprecher"). */
  compoundHead?: boolean;
  /** Implied state or organization ("Bundeskanzler" -> DEU, "Kremlchef" -> kremlin). */
  country?: string;
  organization?: string;
}

export interface TitleLexicon { language: string; titles: TitleEntry[] }

/**
 * How a trigger's participants are found:
 * - speaker: STATEMENT; the subject (or, with inversion, the actor right after the verb) speaks.
 * - source: "according to X": X is the speaker.
 * - agent-patient: the subject acts on the actor(s) after the trigger ("X urged Y").
 * - agent-with: the subject with the actor(s) after "with" or a direct object ("X met (with) Y").
 * - recipient-from: the subject receives from the actor after "from" ("Y received a call from X").
 * - noun: the possessor or subject, plus "with" / "between" complements ("their phone call").
 */
export type TriggerFrame = 'speaker' | 'source' | 'agent-patient' | 'agent-with' | 'recipient-from' | 'noun';

export interface TriggerRule {
  /** Recorded on every interaction the rule produces. */
  id: string;
  type: InteractionType;
  frame: TriggerFrame;
  /** Lower-case token sequences (tokenised like the text, so "vice-president" is three tokens). */
  match: string[];
  /** German separable particle that must close the clause ("kündigte ... an"). */
  particle?: string;
  /** The subject initiates (caller, host, the one who urges). */
  initiates?: boolean;
  /** How many tokens may separate the trigger from the first patient. */
  patientGap?: number;
  /** With no participant named, the two countries the article is mostly about take part. */
  fallback?: 'main-pair';
  /** The trigger itself announces the event ("invited ... to"): it is PLANNED. */
  planned?: boolean;
  /** "possessor": a noun whose agent is only its possessor or modifier ("Ukraine's drone attack"). */
  agent?: 'possessor';
  /** A source word that follows its source (German "X zufolge"). */
  sourceBefore?: boolean;
  /** Words that introduce the partner instead of the language's "with" words ("entschuldigte sich bei X"). */
  partnerWords?: string[];
  /** German: the one-word matches also end a compound noun ("Atomgespräche", "Handelsverhandlungen"). */
  compoundHead?: boolean;
}

export interface TriggerLexicon { language: string; rules: TriggerRule[] }

export interface DateLexicon {
  language: string;
  /** Lower-case weekday -> JavaScript day number (Sunday 0). */
  weekdays: Record<string, number>;
  /** Parts of a day written in one word with its weekday ("Mittwochabend"). */
  dayParts: string[];
  months: Record<string, number>;
  /** Phrases that name a day relative to publication: "yesterday" -> -1. */
  relativeDays: Record<string, number>;
  /** Phrases naming a period, not a day: they never give a date. */
  vaguePeriods: string[];
  nextMarkers: string[];
  lastMarkers: string[];
  /** "since": the date that follows is of an earlier event, not of this one. */
  sinceMarkers: string[];
  /** "a day after X": X happened `days` days from the anchor event. */
  dayOffsetAnchors: { phrase: string; days: number }[];
  /** "that evening", "am Vortag": a day counted from the date of an earlier sentence, not from publication. */
  anaphoricDays: Record<string, number>;
  /** "the talks", "dabei": the sentence continues the occasion of an earlier, dated sentence. */
  backReferences: string[];
}

export interface TopicEntry {
  id: string;
  name: string;
  /** The topic applies only when the article names one of these countries. */
  requiresCountries?: string[];
  keywords: Record<string, string[]>;
}

export interface BoilerplateLexicon {
  linePrefixes: Record<string, string[]>;
  exactLines: string[];
  /** Unicode regular expressions (flag `u`, case-sensitive) matched against whole short lines. */
  bylinePatterns: string[];
}

/** A kind of state body; "<country>'s <form>" / "<form> of <country>" names one ("Russia's Defense Ministry"). */
export interface BodyPattern {
  /** Id suffix: the organization id is `<country name slug>-<key>`. */
  key: string;
  /** English name; the organization is called `<name> of <country name>`. */
  name: string;
  type: OrganizationType;
  /** Lower-case forms per language. */
  forms: Record<string, string[]>;
}

export interface OrganizationPatterns { bodies: BodyPattern[] }

export interface AmbiguousNames {
  note?: string;
  countryNames: string[];
  allMetonyms: boolean;
}
