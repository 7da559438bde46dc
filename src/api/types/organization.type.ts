import { Field, ObjectType } from 'type-graphql';
import type { OrganizationType } from '../../domain/enums';
import { Actor } from './actor.interface';
import { OrganizationTypeEnum } from './enums';

@ObjectType({ simpleResolvers: true, implements: Actor, description: 'A government body, alliance, military, international or media organization' })
export class Organization extends Actor {
  @Field(() => OrganizationTypeEnum, { description: 'Kind of organization' })
  type!: OrganizationType;
}
