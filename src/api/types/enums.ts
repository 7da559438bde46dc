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

registerEnumType(ActorKindEnum, { name: 'ActorKind' });
registerEnumType(PersonRoleEnum, { name: 'PersonRole', description: 'LEADER: head of state or government; OFFICIAL: any other office holder' });
registerEnumType(OrganizationTypeEnum, { name: 'OrganizationType' });
registerEnumType(InteractionTypeEnum, { name: 'InteractionType', description: 'CALL, MEETING, TALKS and CONSULTATION are "spoke to"' });
registerEnumType(InteractionStatusEnum, { name: 'InteractionStatus' });
registerEnumType(ParticipantRoleEnum, { name: 'ParticipantRole', description: 'SUBJECT: an actor a statement is about' });
registerEnumType(CentralityMetricEnum, { name: 'CentralityMetric' });
registerEnumType(ActorOrderEnum, { name: 'ActorOrder' });
registerEnumType(InteractionOrderEnum, { name: 'InteractionOrder' });
registerEnumType(SearchHitKindEnum, { name: 'SearchHitKind' });
