import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrganizationType } from '../../domain/enums';
import type { ActorRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Country } from '../types/country.type';
import { OrganizationTypeEnum } from '../types/enums';
import { Organization } from '../types/organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => OrganizationTypeEnum)
  type(@Root() organization: ActorRecord): OrganizationType {
    return organization.organizationType ?? 'OTHER';
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The state the organization belongs to' })
  country(@Root() organization: ActorRecord, @Ctx() { loaders }: Context) {
    return organization.country ? loaders.actors.load(organization.country) : null;
  }
}
