/**
 * The typed result of the extraction pipeline for one article. Its JSON form is the
 * `actorgraph extract --json` contract (DESIGN.md), scored by `actorgraph eval` (src/eval/).
 */
import type { InteractionStatus, InteractionType, OrganizationType, ParticipantRole, PersonRole } from './enums';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface ExtractionInput {
  text: string;
  /** Wins over a ` date YYYY-MM-DD` first line of the text. */
  publishedAt?: IsoDate | null;
  /** ISO 639-1; detected from the text when absent. */
  language?: string | null;
}

export interface ExtractedPerson {
  id: string;
  name: string;
  /** Every surface form used in this article. */
  aliases: string[];
  role: PersonRole;
  /** ISO 3166-1 alpha-3 of the state the person serves, or null. */
  country: string | null;
  /** Organization id the person acts for (e.g. "kremlin"), or null. */
  organization: string | null;
  title: string | null;
  mentions: number;
}

export interface ExtractedCountry {
  /** ISO 3166-1 alpha-3. */
  id: string;
  name: string;
  aliases: string[];
  mentions: number;
}

export interface ExtractedOrganization {
  id: string;
  name: string;
  aliases: string[];
  type: OrganizationType;
  country: string | null;
  mentions: number;
}

export interface ExtractedParticipant {
  /** A person id, an organization id or an ISO alpha-3 country code. */
  actor: string;
  role: ParticipantRole;
}

export interface ExtractedInteraction {
  /** `<type>:<date>:<sorted participant ids joined by +>`; undated: `<type>:a-<articleId>-<n>:<ids>`. */
  id: string;
  type: InteractionType;
  status: InteractionStatus;
  date: IsoDate | null;
  place: string | null;
  participants: ExtractedParticipant[];
  topics: string[];
  /** The sentence that states it. */
  evidence: string;
  /** Direct quotation attributed in the evidence, when there is one. */
  quote: string | null;
  summary: string;
  /** Id of the trigger rule that produced it. */
  rule: string;
}

export interface Extraction {
  /** Hash of the normalised text: the article id. */
  articleId: string;
  /** The normalised text the offsets and evidence refer to. */
  text: string;
  /** First line of the text when it reads as a headline, else null. */
  title: string | null;
  language: string;
  /** False when the language has no trigger lexicons (only knowledge-base matches are made). */
  languageSupported: boolean;
  publishedAt: IsoDate | null;
  persons: ExtractedPerson[];
  countries: ExtractedCountry[];
  organizations: ExtractedOrganization[];
  interactions: ExtractedInteraction[];
}
