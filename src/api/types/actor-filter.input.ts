import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { ActorKind, PersonRole } from '../../domain/enums';
import { ActorKindEnum, PersonRoleEnum } from './enums';

@InputType({ description: 'Which actors; every condition given must hold' })
export class ActorFilter {
  @Field(() => [ActorKindEnum], { nullable: true, description: 'Any of these kinds' })
  kinds?: ActorKind[];

  @Field(() => [PersonRoleEnum], { nullable: true, description: 'Persons with any of these roles' })
  roles?: PersonRole[];

  @Field(() => [ID], { nullable: true, description: 'ISO 3166-1 alpha-3 codes: the countries themselves and actors serving them' })
  @ArrayMaxSize(50)
  countries?: string[];

  @Field({ nullable: true, description: 'Part of a name or alias, ignoring case and accents' })
  @MaxLength(200)
  search?: string;
}
