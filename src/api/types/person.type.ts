import { Field, ObjectType } from 'type-graphql';
import type { PersonRole } from '../../domain/enums';
import { Actor } from './actor.interface';
import { PersonRoleEnum } from './enums';

@ObjectType({ simpleResolvers: true, implements: Actor, description: 'A leader, official or other person' })
export class Person extends Actor {
  @Field(() => PersonRoleEnum, { description: 'Standing, from the newest article that gives it' })
  role!: PersonRole;

  @Field(() => String, { nullable: true, description: 'Latest title seen, e.g. "President of Russia"' })
  title!: string | null;
}
