/** Enumerations of the graph model (DESIGN.md "Graph model"). */

export const ACTOR_KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The graph label of each actor kind (Neo4j labels, export dumps). */
export const ACTOR_KIND_LABEL = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization' } as const;

export const PERSON_ROLES = ['LEADER', 'OFFICIAL', 'OTHER'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const ORGANIZATION_TYPES = ['GOVERNMENT_BODY', 'ALLIANCE', 'MEDIA', 'MILITARY', 'INTERNATIONAL', 'OTHER'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const INTERACTION_TYPES = [
  'CALL', 'MEETING', 'TALKS', 'CONSULTATION', 'STATEMENT', 'APPEAL', 'CRITICISM', 'ATTACK', 'AID',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** "Spoke to": the interaction types in which the parties were in contact. */
export const SPOKE_TO_TYPES: readonly InteractionType[] = ['CALL', 'MEETING', 'TALKS', 'CONSULTATION'];

/** Types with a direction: an INITIATOR acts on a RECIPIENT (demands of, criticises, attacks, aids). */
export const DIRECTED_TYPES: readonly InteractionType[] = ['APPEAL', 'CRITICISM', 'ATTACK', 'AID'];

export const INTERACTION_STATUSES = ['OCCURRED', 'PLANNED'] as const;
export type InteractionStatus = (typeof INTERACTION_STATUSES)[number];

export const PARTICIPANT_ROLES = ['INITIATOR', 'RECIPIENT', 'PARTICIPANT', 'SPEAKER', 'SUBJECT'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
