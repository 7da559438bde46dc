import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A subject from the controlled vocabulary, e.g. "ceasefire"' })
export class Topic {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType()
export class TopicCount {
  @Field(() => Topic) topic!: Topic;
  @Field(() => Int, { description: 'Interactions about the topic' }) count!: number;
}
