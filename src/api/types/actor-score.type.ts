import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'An actor and its centrality score' })
export class ActorScore {
  @Field(() => Float, { description: 'Value of the centrality metric asked for; highest first' }) score!: number;
}
