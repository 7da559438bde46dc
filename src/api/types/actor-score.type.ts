import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType()
export class ActorScore {
  @Field(() => Float) score!: number;
}
