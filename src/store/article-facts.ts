/**
 * What one article contributes to the graph, as flat facts both adapters write the same way.
 *
 * Folding rules (how facts from several articles combine, and un-combine on removal):
 * - An actor exists while at least one article mentions it or one interaction involves it.
 *   Its aliases are the union of the surface forms of the articles that mention it (plus any
 *   merged by curation); name, kind and organization type come from the knowledge base and are
 *   the same in every article; role, title and country come from the newest article that gives them.
 * - An interaction exists while at least one article reports it (REPORTED_IN). Its status is
 *   OCCURRED when any report says so; its place is the first non-null in report order; its
 *   topics are the union over reports; its participants are the union, a more specific role
 *   (INITIATOR/RECIPIENT/SPEAKER/SUBJECT) winning over PARTICIPANT.
 */
import type { Article } from '../domain/article';
import type {
  ActorKind, InteractionStatus, InteractionType, OrganizationType, ParticipantRole, PersonRole,
} from '../domain/enums';
import type { Extraction, IsoDate } from '../domain/extraction';

export interface ActorFact {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  role: PersonRole | null;
  title: string | null;
  organizationType: OrganizationType | null;
  country: string | null;
  /** Times the article mentions the actor (MENTIONS.count). */
  mentions: number;
}

export interface AffiliationFact {
  personId: string;
  /** Country ISO code or organization id. */
  targetId: string;
  title: string | null;
  /** The article's date: the affiliation is attested then. */
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface ReportFact {
  interactionId: string;
  type: InteractionType;
  status: InteractionStatus;
  date: IsoDate | null;
  place: string | null;
  summary: string;
  /** Extraction rule id; absent in journals written before it was kept. */
  rule?: string | null;
  topicIds: string[];
  participants: { actorId: string; role: ParticipantRole }[];
  evidence: string;
  quote: string | null;
}

export interface ArticleFacts {
  article: Article;
  actors: ActorFact[];
  affiliations: AffiliationFact[];
  reports: ReportFact[];
}

/** Roles ordered from least to most specific; the fold keeps the most specific. */
export const ROLE_SPECIFICITY: readonly ParticipantRole[] = ['PARTICIPANT', 'SUBJECT', 'RECIPIENT', 'SPEAKER', 'INITIATOR'];

export function articleFacts(article: Article, extraction: Extraction): ArticleFacts {
  const actors: ActorFact[] = [
    ...extraction.persons.map((p): ActorFact => ({
      id: p.id, kind: 'PERSON', name: p.name, aliases: p.aliases, role: p.role, title: p.title,
      organizationType: null, country: p.country, mentions: p.mentions,
    })),
    ...extraction.countries.map((c): ActorFact => ({
      id: c.id, kind: 'COUNTRY', name: c.name, aliases: c.aliases, role: null, title: null,
      organizationType: null, country: null, mentions: c.mentions,
    })),
    ...extraction.organizations.map((o): ActorFact => ({
      id: o.id, kind: 'ORGANIZATION', name: o.name, aliases: o.aliases, role: null, title: null,
      organizationType: o.type, country: o.country, mentions: o.mentions,
    })),
  ];
  const known = new Set(actors.map((a) => a.id));
  const affiliations: AffiliationFact[] = [];
  for (const p of extraction.persons) {
    for (const targetId of [p.country, p.organization]) {
      if (targetId && known.has(targetId)) {
        affiliations.push({ personId: p.id, targetId, title: p.title, from: article.publishedAt, to: null });
      }
    }
  }
  const reports = extraction.interactions
    .filter((i) => i.participants.every((p) => known.has(p.actor)))
    .map((i): ReportFact => ({
      interactionId: i.id, type: i.type, status: i.status, date: i.date, place: i.place,
      summary: i.summary, rule: i.rule, topicIds: i.topics,
      participants: i.participants.map((p) => ({ actorId: p.actor, role: p.role })),
      evidence: i.evidence, quote: i.quote,
    }));
  return { article, actors, affiliations, reports };
}
