import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorKind, InteractionType } from '../../domain/enums';
import { DateScalar } from '../scalars/date.scalar';
import { ActorKindEnum, InteractionTypeEnum } from './enums';

@ObjectType()
export class KindCount {
  @Field(() => ActorKindEnum) kind!: ActorKind;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class TypeCount {
  @Field(() => InteractionTypeEnum) type!: InteractionType;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class Stats {
  @Field(() => Int) articles!: number;
  @Field(() => [KindCount]) actorsByKind!: KindCount[];
  @Field(() => [TypeCount]) interactionsByType!: TypeCount[];
  @Field(() => Int) topics!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Earliest dated interaction' }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Latest dated interaction' }) lastDate!: string | null;
}
