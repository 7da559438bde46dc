import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One link of a path: two actors and the interactions between them' })
export class PathHop {}

@ObjectType({ simpleResolvers: true, description: 'A shortest chain of actors linked by interactions' })
export class ActorPath {
  @Field(() => [PathHop], { description: 'The links, from the first actor to the last' }) hops!: PathHop[];
  @Field(() => Int, { description: 'Number of hops' }) length!: number;
}
