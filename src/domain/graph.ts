/** Records of the graph as the store returns them: plain data, ids for references. */
import type {
  ActorKind, InteractionStatus, InteractionType, OrganizationType, ParticipantRole, PersonRole,
} from './enums';
import type { IsoDate } from './extraction';

export interface ActorRecord {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  /** PERSON only. */
  role: PersonRole | null;
  /** PERSON: latest known title. */
  title: string | null;
  /** ORGANIZATION only. */
  organizationType: OrganizationType | null;
  /** PERSON/ORGANIZATION: ISO alpha-3 of the country served. */
  country: string | null;
}

export interface ParticipationRecord {
  actorId: string;
  role: ParticipantRole;
}

export interface SourceRecord {
  articleId: string;
  evidence: string;
  quote: string | null;
  /** The article's publication date and language (for reportedAt and tone). */
  publishedAt: IsoDate | null;
  language: string;
}

export interface InteractionRecord {
  id: string;
  type: InteractionType;
  status: InteractionStatus;
  date: IsoDate | null;
  place: string | null;
  summary: string;
  /** Id of the extraction rule that produced it (the first report's); null for data stored before rules were kept. */
  rule: string | null;
  participants: ParticipationRecord[];
  topicIds: string[];
  /** One per article that reports it, oldest article first. */
  sources: SourceRecord[];
}

export interface TopicRecord {
  id: string;
  name: string;
}

export interface CountedTopic {
  topic: TopicRecord;
  count: number;
}

export interface CounterpartRecord {
  actorId: string;
  /** Distinct interactions. */
  count: number;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  topicIds: string[];
  /** Oldest first, undated last. */
  interactionIds: string[];
}

export interface AffiliationRecord {
  /** Country or organization id. */
  targetId: string;
  title: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface MentionRecord {
  articleId: string;
  count: number;
}

export interface PathHopRecord {
  fromId: string;
  toId: string;
  interactionIds: string[];
}

export interface NetworkRecord {
  nodes: ActorRecord[];
  edges: NetworkEdgeRecord[];
}

export interface NetworkEdgeRecord {
  /** The initiator when directed; else the smaller id. */
  source: string;
  /** The recipient when directed. */
  target: string;
  /** True for APPEAL, CRITICISM, ATTACK and AID between an initiator and a recipient. */
  directed: boolean;
  /** Distinct interactions between the two. */
  weight: number;
  types: InteractionType[];
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

export interface ScoreRecord {
  actorId: string;
  score: number;
}

export interface SearchHitRecord {
  kind: 'ACTOR' | 'ARTICLE' | 'INTERACTION';
  id: string;
  /** The matched text (name, title or evidence sentence). */
  text: string;
  score: number;
}

export interface StatsRecord {
  articles: number;
  actorsByKind: { kind: ActorKind; count: number }[];
  interactionsByType: { type: InteractionType; count: number }[];
  topics: number;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

/**
 * Topic node id in a dump: topics share no id space with actors ("nato" is a topic and an
 * organization), so dumps prefix them to keep every node id unique.
 */
export const dumpTopicId = (topicId: string): string => `topic:${topicId}`;

/** Full dump of the store (`actorgraph export --format json`): every node and relationship. */
export interface GraphDump {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  edges: { type: string; source: string; target: string; properties: Record<string, unknown> }[];
}

/** One curation merge in effect: `mergedId` now stands for `keepId`. */
export interface MergeRecord {
  mergedId: string;
  keepId: string;
  /** Name and kind of the merged actor when it was merged. */
  mergedName: string;
  kind: ActorKind;
  /** ISO timestamp of the merge. */
  at: string;
}
