/**
 * The one object every pipeline stage reads and writes (STYLE.md §5). Stages fill it in order;
 * `pipeline.ts` lists which fields each stage requires and assigns.
 */
import type {
  ExtractedCountry, ExtractedInteraction, ExtractedOrganization, ExtractedPerson, ExtractionInput, IsoDate,
} from '../domain/extraction';
import type { InteractionStatus, InteractionType, ParticipantRole, PersonRole } from '../domain/enums';
import type { LanguagePack } from '../knowledge';
import type { TriggerRule } from '../knowledge/lexicons';
import type { Token } from './lib/tokenize';

export interface Sentence {
  index: number;
  paragraph: number;
  /** Character offsets into `doc.text`. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The tokens' lower-case texts, made once: most lookups go by them. Never modified. */
  lower: string[];
  /** Per token: inside a quotation. */
  quoted: boolean[];
}

export type MentionKind = 'person' | 'country' | 'org' | 'blocker';

/** A span of one sentence that refers to an actor. */
export interface Mention {
  sentence: number;
  /** Token range [start, end) of the whole phrase, titles included ("Russian President Vladimir Putin"). */
  start: number;
  end: number;
  /** Token range of the name itself ("Vladimir Putin"): its text is the alias used. */
  headStart: number;
  headEnd: number;
  kind: MentionKind;
  /** Person id, organization id or ISO alpha-3; "" for blockers. */
  id: string;
  form: 'name' | 'surname' | 'adjective' | 'demonym' | 'metonym' | 'description' | 'pronoun' | 'group';
  /** The actor is named here (not only described or referred to by a pronoun). */
  named: boolean;
  /** Part of another actor's phrase ("Russian" in "Russian President Putin"): counted, never a participant. */
  attributive: boolean;
  /** Followed by a possessive "'s" or written as a German genitive. */
  possessive: boolean;
}

/** What the text itself says about a person (titles beside the name), used when the KB is silent. */
export interface PersonFacts {
  id: string;
  name: string;
  role: PersonRole;
  country: string | null;
  organization: string | null;
  title: string | null;
  office: string | null;
  /** Found in the text, not in persons.json. */
  discovered: boolean;
  /** The text calls them a former holder of the title: that wins over the knowledge base. */
  former?: boolean;
}

/** An organization built from a pattern ("Russia's Defense Ministry"), not listed in organizations.json. */
export interface OrgFacts {
  id: string;
  name: string;
  type: import('../domain/enums').OrganizationType;
  country: string | null;
}

export interface TriggerHit {
  sentence: number;
  start: number;
  end: number;
  rule: TriggerRule;
}

export interface Participant {
  actor: string;
  role: ParticipantRole;
}

/** An interaction as found in one sentence, before dates, topics, merging and ids. */
export interface Event {
  type: InteractionType;
  rule: string;
  sentence: number;
  /** Token index of the trigger in its sentence. */
  trigger: number;
  participants: Participant[];
  status: InteractionStatus;
  date: IsoDate | null;
  place: string | null;
  topics: string[];
  quote: string | null;
  /** More sentences the event was merged from (statements of one occasion). */
  sentences: number[];
  /** Date given outright ("since May 19" references), not to be overwritten by the dates stage. */
  fixedDate?: boolean;
}

export interface Doc {
  input: ExtractionInput;
  text: string;
  title: string | null;
  publishedAt: IsoDate | null;
  language: string;
  languageSupported: boolean;
  /** Lexicons of the article's language; null when unsupported. */
  lang: LanguagePack | null;
  articleId: string;
  sentences: Sentence[];
  mentions: Mention[];
  facts: Map<string, PersonFacts>;
  orgFacts: Map<string, OrgFacts>;
  triggers: TriggerHit[];
  /** Per sentence: the person the sentence is about (its subject), for pronouns in later sentences. */
  focus: (string | null)[];
  persons: ExtractedPerson[];
  countries: ExtractedCountry[];
  organizations: ExtractedOrganization[];
  /** The two countries the article is mostly about (for talks whose parties go unnamed). */
  mainPair: string[];
  events: Event[];
  interactions: ExtractedInteraction[];
}

export function createDoc(input: ExtractionInput): Doc {
  return {
    input,
    text: '',
    title: null,
    publishedAt: null,
    language: 'und',
    languageSupported: false,
    lang: null,
    articleId: '',
    sentences: [],
    mentions: [],
    facts: new Map(),
    orgFacts: new Map(),
    triggers: [],
    focus: [],
    persons: [],
    countries: [],
    organizations: [],
    mainPair: [],
    events: [],
    interactions: [],
  };
}

/** Fields a stage may declare in `requires` / `assigns`. */
export type DocField = Exclude<keyof Doc, 'input'>;
