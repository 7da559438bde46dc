import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One link of a path: two actors and the interactions between them' })
export class PathHop {}

@ObjectType()
export class ActorPath {
  @Field(() => [PathHop]) hops!: PathHop[];
  @Field(() => Int) length!: number;
}
