import { Field, ObjectType } from 'type-graphql';
import type { OrganizationType } from '../../domain/enums';
import { Actor } from './actor.interface';
import { OrganizationTypeEnum } from './enums';

@ObjectType({ implements: Actor })
export class Organization extends Actor {
  @Field(() => OrganizationTypeEnum)
  type!: OrganizationType;
}
