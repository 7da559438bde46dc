import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A subject from the controlled vocabulary, e.g. "ceasefire"' })
export class Topic {
  @Field(() => ID, { description: 'Vocabulary id (ukraine-war, ceasefire, sanctions, …)' }) id!: string;
  @Field({ description: 'Readable name' }) name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A topic and how many interactions are about it' })
export class TopicCount {
  @Field(() => Topic, { description: 'The topic' }) topic!: Topic;
  @Field(() => Int, { description: 'Interactions about the topic' }) count!: number;
}
