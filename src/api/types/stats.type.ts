import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorKind, InteractionType } from '../../domain/enums';
import { DateScalar } from '../scalars/date.scalar';
import { ActorKindEnum, InteractionTypeEnum } from './enums';

@ObjectType({ simpleResolvers: true, description: 'Actors of one kind' })
export class KindCount {
  @Field(() => ActorKindEnum, { description: 'The kind' }) kind!: ActorKind;
  @Field(() => Int, { description: 'How many' }) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Interactions of one type' })
export class TypeCount {
  @Field(() => InteractionTypeEnum, { description: 'The type' }) type!: InteractionType;
  @Field(() => Int, { description: 'How many' }) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What the graph holds' })
export class Stats {
  @Field(() => Int, { description: 'Articles stored' }) articles!: number;
  @Field(() => [KindCount], { description: 'Actors per kind' }) actorsByKind!: KindCount[];
  @Field(() => [TypeCount], { description: 'Interactions per type' }) interactionsByType!: TypeCount[];
  @Field(() => Int, { description: 'Topics some interaction is about' }) topics!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Earliest dated interaction' }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Latest dated interaction' }) lastDate!: string | null;
}
