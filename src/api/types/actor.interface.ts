import { Field, ID, InterfaceType } from 'type-graphql';
import type { ActorKind } from '../../domain/enums';
import type { ActorRecord } from '../../domain/graph';
import { ActorKindEnum } from './enums';

const TYPE_OF_KIND = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization' } as const;

/** The GraphQL object type of an actor record. */
export const actorTypeName = (actor: ActorRecord) => TYPE_OF_KIND[actor.kind];

@InterfaceType({
  description: 'A person, country or organization that takes part in interactions',
  resolveType: actorTypeName,
})
export abstract class Actor {
  @Field(() => ID, { description: 'Persons and organizations: slug of the name; countries: ISO 3166-1 alpha-3' })
  id!: string;

  @Field({ description: 'Canonical name (knowledge base, else the fullest form seen)' })
  name!: string;

  @Field(() => ActorKindEnum, { description: 'Person, country or organization' })
  kind!: ActorKind;

  @Field(() => [String], { description: 'Other names and spellings seen in articles (any language)' })
  aliases!: string[];
}
