import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorKind, InteractionType } from '../../domain/enums';
import { DateScalar } from '../scalars/date.scalar';
import { ActorKindEnum, InteractionTypeEnum } from './enums';

@ObjectType()
export class NetworkNode {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ActorKindEnum) kind!: ActorKind;
}

@ObjectType()
export class NetworkEdge {
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => Int, { description: 'Distinct interactions between the two' }) weight!: number;
  @Field(() => [InteractionTypeEnum]) types!: InteractionType[];
  @Field(() => DateScalar, { nullable: true }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastDate!: string | null;
}

@ObjectType({ description: 'Nodes and edges ready for a visualisation' })
export class Network {
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge]) edges!: NetworkEdge[];
}
