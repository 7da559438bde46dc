/**
 * Small hand-built articles and extractions for store and API tests, so they do not depend on
 * what the extraction pipeline finds.
 */
import type { Article } from '../../src/domain/article';
import type { InteractionStatus, InteractionType, ParticipantRole } from '../../src/domain/enums';
import type { ExtractedCountry, ExtractedOrganization, ExtractedPerson, Extraction } from '../../src/domain/extraction';

const PERSONS: Record<string, Omit<ExtractedPerson, 'mentions' | 'aliases'> & { aliases: string[] }> = {
  'donald-trump': { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], role: 'LEADER', country: 'USA', organization: null, title: 'President of the United States' },
  'vladimir-putin': { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Wladimir Putin'], role: 'LEADER', country: 'RUS', organization: null, title: 'President of Russia' },
  'volodymyr-zelenskyy': { id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy', 'Selenskyj'], role: 'LEADER', country: 'UKR', organization: null, title: 'President of Ukraine' },
  'narendra-modi': { id: 'narendra-modi', name: 'Narendra Modi', aliases: [], role: 'LEADER', country: 'IND', organization: null, title: 'Prime Minister of India' },
  'w-putin': { id: 'w-putin', name: 'W. Putin', aliases: ['Wladimir Wladimirowitsch Putin'], role: 'LEADER', country: 'RUS', organization: null, title: 'Präsident Russlands' },
  'yuri-ushakov': { id: 'yuri-ushakov', name: 'Yuri Ushakov', aliases: ['Ushakov', 'Juri Uschakow'], role: 'OFFICIAL', country: 'RUS', organization: 'kremlin', title: 'Aide to the President of Russia' },
};
const COUNTRIES: Record<string, Omit<ExtractedCountry, 'mentions'>> = {
  USA: { id: 'USA', name: 'United States', aliases: ['U.S.'] },
  RUS: { id: 'RUS', name: 'Russia', aliases: ['Russland'] },
  UKR: { id: 'UKR', name: 'Ukraine', aliases: [] },
  IND: { id: 'IND', name: 'India', aliases: [] },
};
const ORGANIZATIONS: Record<string, Omit<ExtractedOrganization, 'mentions'>> = {
  kremlin: { id: 'kremlin', name: 'Kremlin', aliases: ['Kreml'], type: 'GOVERNMENT_BODY', country: 'RUS' },
};

export interface InteractionSpec {
  type: InteractionType;
  date: string | null;
  parts: [string, ParticipantRole][];
  status?: InteractionStatus;
  topics?: string[];
  place?: string | null;
  evidence?: string;
  /** Defaults to the DESIGN.md id scheme. */
  id?: string;
}

export interface ArticleSpec {
  id: string;
  publishedAt: string | null;
  title?: string;
  text?: string;
  language?: string;
  source?: string;
  /** Actors mentioned besides the participants. */
  mentions?: string[];
  interactions: InteractionSpec[];
}

/** Ids "p-<anything>" stand for generated officials, for tests that need many actors. */
function personOf(id: string): (typeof PERSONS)[string] | undefined {
  if (PERSONS[id]) return PERSONS[id];
  if (!id.startsWith('p-')) return undefined;
  return { id, name: `Official ${id.slice(2)}`, aliases: [], role: 'OFFICIAL', country: null, organization: null, title: null };
}

export function interactionId(spec: InteractionSpec, articleId: string, n: number): string {
  const ids = spec.parts.filter(([, r]) => r !== 'SUBJECT').map(([a]) => a).sort().join('+');
  return spec.id ?? `${spec.type.toLowerCase()}:${spec.date ?? `a-${articleId}-${n}`}:${ids}`;
}

export function fixture(spec: ArticleSpec): { article: Article; extraction: Extraction } {
  const text = spec.text ?? `Text of article ${spec.id}.`;
  const ids = new Set([...(spec.mentions ?? []), ...spec.interactions.flatMap((i) => i.parts.map(([a]) => a))]);
  const count = (id: string) => 1 + spec.interactions.filter((i) => i.parts.some(([a]) => a === id)).length;
  const article: Article = {
    id: spec.id, title: spec.title ?? null, url: null, source: spec.source ?? null,
    language: spec.language ?? 'en', publishedAt: spec.publishedAt, text,
  };
  const extraction: Extraction = {
    articleId: spec.id, text, title: article.title, language: article.language, languageSupported: true,
    publishedAt: spec.publishedAt,
    persons: [...ids].filter((id) => personOf(id)).map((id) => ({ ...personOf(id)!, mentions: count(id) })),
    countries: [...ids].filter((id) => COUNTRIES[id]).map((id) => ({ ...COUNTRIES[id], mentions: count(id) })),
    organizations: [...ids].filter((id) => ORGANIZATIONS[id]).map((id) => ({ ...ORGANIZATIONS[id], mentions: count(id) })),
    interactions: spec.interactions.map((i, n) => ({
      id: interactionId(i, spec.id, n), type: i.type, status: i.status ?? 'OCCURRED', date: i.date,
      place: i.place ?? null, participants: i.parts.map(([actor, role]) => ({ actor, role })),
      topics: i.topics ?? [], evidence: i.evidence ?? `${i.type} in ${spec.id}.`, quote: null,
      summary: `${i.type} ${i.parts.map(([a]) => a).join(', ')}`, rule: 'fixture',
    })),
  };
  for (const p of extraction.persons) {
    if (p.country && !extraction.countries.some((c) => c.id === p.country)) extraction.countries.push({ ...COUNTRIES[p.country], mentions: 1 });
  }
  return { article, extraction };
}

/**
 * A small world: Trump and Putin call twice (one call reported by two articles), Trump and
 * Zelenskyy meet, Trump calls Modi, Putin makes a statement about Ukraine.
 */
export const WORLD: ArticleSpec[] = [
  {
    id: 'a1', publishedAt: '2025-05-19', title: 'Trump calls Putin', text: 'Trump called Putin about the war in Ukraine.',
    interactions: [
      { type: 'CALL', date: '2025-05-19', parts: [['donald-trump', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT']], topics: ['ukraine-war'], evidence: 'Trump called Putin on Monday.' },
      { type: 'STATEMENT', date: '2025-05-19', parts: [['vladimir-putin', 'SPEAKER'], ['UKR', 'SUBJECT']], topics: ['ukraine-war'], evidence: 'Putin said Ukraine must accept the terms.' },
    ],
  },
  {
    id: 'a2', publishedAt: '2025-07-03', title: 'No progress, says Trump', text: 'Trump said he made no progress with Putin. The ceasefire talks stalled.',
    interactions: [
      { type: 'CALL', date: '2025-07-03', parts: [['donald-trump', 'PARTICIPANT'], ['vladimir-putin', 'PARTICIPANT']], topics: ['ukraine-war', 'iran'], evidence: 'Trump and Putin spoke by phone for an hour.' },
      { type: 'MEETING', date: '2025-06-25', parts: [['donald-trump', 'PARTICIPANT'], ['volodymyr-zelenskyy', 'PARTICIPANT']], topics: ['military-aid'], place: 'The Hague', evidence: 'Trump met Zelenskyy in The Hague.' },
    ],
  },
  {
    id: 'a3', publishedAt: '2025-07-04', title: 'Kremlin on the call', language: 'de', text: 'Der Kreml bestätigte das Telefonat.',
    interactions: [
      { type: 'CALL', date: '2025-07-03', parts: [['donald-trump', 'PARTICIPANT'], ['vladimir-putin', 'RECIPIENT']], topics: ['ceasefire'], evidence: 'Putin und Trump telefonierten am Donnerstag.' },
    ],
  },
  {
    id: 'a4', publishedAt: '2024-11-11', title: 'Trump reaches out', text: 'Trump spoke with Modi after the election.',
    interactions: [
      { type: 'CALL', date: null, parts: [['donald-trump', 'INITIATOR'], ['narendra-modi', 'RECIPIENT']], topics: [], evidence: 'Trump spoke with Prime Minister Modi.' },
      { type: 'MEETING', date: null, status: 'PLANNED', parts: [['narendra-modi', 'PARTICIPANT'], ['vladimir-putin', 'PARTICIPANT']], topics: [], evidence: 'Modi plans to meet Putin.' },
    ],
  },
];
