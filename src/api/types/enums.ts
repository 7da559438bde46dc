/** GraphQL enums, registered from the domain's value lists so the two cannot drift. */
import { registerEnumType } from 'type-graphql';
import {
  ACTOR_KINDS, INTERACTION_STATUSES, INTERACTION_TYPES, ORGANIZATION_TYPES, PARTICIPANT_ROLES, PERSON_ROLES,
} from '../../domain/enums';

const asEnum = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ActorKindEnum = asEnum(ACTOR_KINDS);
export const PersonRoleEnum = asEnum(PERSON_ROLES);
export const OrganizationTypeEnum = asEnum(ORGANIZATION_TYPES);
export const InteractionTypeEnum = asEnum(INTERACTION_TYPES);
export const InteractionStatusEnum = asEnum(INTERACTION_STATUSES);
export const ParticipantRoleEnum = asEnum(PARTICIPANT_ROLES);
export const CentralityMetricEnum = asEnum(['DEGREE', 'PAGERANK', 'BETWEENNESS'] as const);
export const ActorOrderEnum = asEnum(['NAME', 'MENTIONS', 'INTERACTIONS'] as const);
export const InteractionOrderEnum = asEnum(['DATE_ASC', 'DATE_DESC'] as const);
export const SearchHitKindEnum = asEnum(['ACTOR', 'ARTICLE', 'INTERACTION'] as const);

registerEnumType(ActorKindEnum, {
  name: 'ActorKind',
  description: 'What an actor is',
  valuesConfig: {
    PERSON: { description: 'A leader, official or other person' },
    COUNTRY: { description: 'A state; its id is the ISO 3166-1 alpha-3 code (RUS)' },
    ORGANIZATION: { description: 'A government body, alliance, military, international or media organization' },
  },
});
registerEnumType(PersonRoleEnum, {
  name: 'PersonRole',
  description: 'Standing of a person',
  valuesConfig: {
    LEADER: { description: 'Head of state or government' },
    OFFICIAL: { description: 'Any other office holder (minister, aide, envoy, commander)' },
    OTHER: { description: 'No public office known' },
  },
});
registerEnumType(OrganizationTypeEnum, {
  name: 'OrganizationType',
  description: 'Kind of organization',
  valuesConfig: {
    GOVERNMENT_BODY: { description: 'Part of a state: ministry, office, parliament (Kremlin, State Department)' },
    ALLIANCE: { description: 'Alliance of states (NATO)' },
    MEDIA: { description: 'News organization' },
    MILITARY: { description: 'Armed force or military command' },
    INTERNATIONAL: { description: 'International organization (UN, EU, IAEA)' },
    OTHER: { description: 'Any other organization' },
  },
});
registerEnumType(InteractionTypeEnum, {
  name: 'InteractionType',
  description: 'What happened between actors. CALL, MEETING, TALKS and CONSULTATION are "spoke to"; APPEAL, CRITICISM, ATTACK and AID have a direction (INITIATOR to RECIPIENT)',
  valuesConfig: {
    CALL: { description: 'Phone or video call (spoke to)' },
    MEETING: { description: 'Meeting in person (spoke to)' },
    TALKS: { description: 'Negotiations or talks (spoke to)' },
    CONSULTATION: { description: 'Contact whose means the article does not state (spoke to)' },
    STATEMENT: { description: 'A SPEAKER said something, possibly about SUBJECT actors' },
    APPEAL: { description: 'An INITIATOR urged or demanded something of a RECIPIENT (directed)' },
    CRITICISM: { description: 'An INITIATOR criticised or condemned a RECIPIENT (directed)' },
    ATTACK: { description: 'An INITIATOR attacked a RECIPIENT (directed)' },
    AID: { description: 'An INITIATOR gave aid to a RECIPIENT (directed)' },
  },
});
registerEnumType(InteractionStatusEnum, {
  name: 'InteractionStatus',
  description: 'Whether an interaction took place',
  valuesConfig: {
    OCCURRED: { description: 'It took place (any report saying so is enough)' },
    PLANNED: { description: 'Announced or planned, not (yet) reported as having taken place' },
  },
});
registerEnumType(ParticipantRoleEnum, {
  name: 'ParticipantRole',
  description: 'How an actor takes part in an interaction',
  valuesConfig: {
    INITIATOR: { description: 'Acted on the recipient: made the call, the appeal, the criticism, the attack, gave the aid' },
    RECIPIENT: { description: 'Was acted on by the initiator' },
    PARTICIPANT: { description: 'Took part, no direction known (both sides of a meeting or talks)' },
    SPEAKER: { description: 'Made a statement' },
    SUBJECT: { description: 'An actor a statement is about; not a party to it (not linked in networks, paths and counterparts)' },
  },
});
registerEnumType(CentralityMetricEnum, {
  name: 'CentralityMetric',
  description: 'Centrality measure on the spoke-to network',
  valuesConfig: {
    DEGREE: { description: 'Share of the other actors one spoke with' },
    PAGERANK: { description: 'PageRank, edges weighted by the number of interactions' },
    BETWEENNESS: { description: 'Normalised betweenness: how often one lies on shortest chains between others' },
  },
});
registerEnumType(ActorOrderEnum, {
  name: 'ActorOrder',
  description: 'Order of an actor list',
  valuesConfig: {
    NAME: { description: 'By name, case- and accent-insensitive' },
    MENTIONS: { description: 'Most mentioned in articles first' },
    INTERACTIONS: { description: 'Taking part in most interactions first' },
  },
});
registerEnumType(InteractionOrderEnum, {
  name: 'InteractionOrder',
  description: 'Order of an interaction list',
  valuesConfig: {
    DATE_ASC: { description: 'Oldest first, undated last' },
    DATE_DESC: { description: 'Newest first, undated last' },
  },
});
registerEnumType(SearchHitKindEnum, {
  name: 'SearchHitKind',
  description: 'What a search hit is',
  valuesConfig: {
    ACTOR: { description: 'An actor whose name, alias or knowledge-base name matches' },
    ARTICLE: { description: 'An article whose title or text matches' },
    INTERACTION: { description: 'An interaction whose evidence sentence matches' },
  },
});
