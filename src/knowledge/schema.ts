/**
 * Shapes of the knowledge data files in this folder. `index.ts` loads and checks them once.
 * Dates are ISO `YYYY-MM-DD`; `to: null` means "still in office".
 */
import type { OrganizationType, PersonRole } from '../domain/enums';

/** Normalised office keys shared by persons.json and the title lexicons (titles/<lang>.json). */
export type OfficeKey =
  | 'president' | 'president-elect' | 'vice-president' | 'prime-minister' | 'chancellor'
  | 'king' | 'queen' | 'emir' | 'crown-prince' | 'supreme-leader' | 'pope' | 'head-of-state'
  | 'foreign-minister' | 'defense-minister' | 'finance-minister' | 'interior-minister'
  | 'minister' | 'secretary-of-state' | 'national-security-adviser' | 'chief-of-staff'
  | 'press-secretary' | 'spokesperson' | 'aide' | 'envoy' | 'ambassador'
  | 'secretary-general' | 'commission-president' | 'council-president' | 'high-representative'
  | 'general' | 'intelligence-chief' | 'director-general' | 'prosecutor' | 'consul';

export interface OfficeTerm {
  /** English title as of that term, e.g. "President of Russia". */
  title: string;
  office: OfficeKey;
  role: PersonRole;
  /** ISO alpha-3 of the state served, or null (e.g. NATO Secretary General). */
  country: string | null;
  /** Organization id served, e.g. "nato", "kremlin", "european-commission"; or null. */
  organization: string | null;
  from: string | null;
  to: string | null;
}

export interface PersonEntry {
  /** Slug of the canonical name: "volodymyr-zelenskyy". */
  id: string;
  /** Canonical English name. */
  name: string;
  /**
   * Other full names and transliterations in English and German ("Wolodymyr Selenskyj"),
   * and the surname alone when it identifies the person in news ("Putin", "Selenskyj").
   * German genitive -s and English possessive 's are handled by the matcher, not listed.
   */
  aliases: string[];
  offices: OfficeTerm[];
}

export interface OrganizationEntry {
  /** Slug: "nato", "white-house", "russia-ministry-of-defense". */
  id: string;
  /** Canonical English name. */
  name: string;
  /** English and German names, abbreviations, metonyms ("Pentagon", "Weißes Haus", "Weißen Hauses"). */
  aliases: string[];
  type: OrganizationType;
  /** ISO alpha-3 of the owning state, or null for international bodies and private media. */
  country: string | null;
}

export interface CountryLanguageForms {
  /** Extra names beyond i18n-iso-countries' official ones ("Russian Federation", "the U.S.", "Türkei"). */
  names: string[];
  /** Adjective stems. English: full adjectives ("Russian"); German: the uninflected stem ("russisch"). */
  adjectives: string[];
  /** Demonyms, singular and plural ("Russian", "Russians"; "Russe", "Russen", "Russin"). */
  demonyms: string[];
  /** Capital city and other metonyms for the state ("Moscow", "Moskau", "Kyiv", "Kiew"). */
  metonyms: string[];
}

export interface CountryEntry {
  /** ISO 3166-1 alpha-3. */
  id: string;
  /** Canonical English short name ("Russia", "United States", "Turkey"). */
  name: string;
  en: CountryLanguageForms;
  de: CountryLanguageForms;
}
