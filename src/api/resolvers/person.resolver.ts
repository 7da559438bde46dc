import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Affiliation } from '../types/affiliation.type';
import { Country } from '../types/country.type';
import { Person } from '../types/person.type';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'The state the person serves' })
  country(@Root() person: ActorRecord, @Ctx() { loaders }: Context) {
    return person.country ? loaders.actors.load(person.country) : null;
  }

  @FieldResolver(() => [Affiliation], { description: 'Countries and organizations this person serves' })
  affiliations(@Root() person: ActorRecord, @Ctx() { loaders }: Context) {
    return loaders.affiliations.load(person.id);
  }
}
