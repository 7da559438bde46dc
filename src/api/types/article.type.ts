import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType({ simpleResolvers: true, description: 'A news article the graph was built from' })
export class Article {
  @Field(() => ID, { description: 'Hash of the normalised text' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Headline (given, or the first line when it reads as one)' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Where it was published, when known' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Publisher or wire, when known' }) source!: string | null;
  @Field({ description: 'ISO 639-1 code' }) language!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Publication date; relative dates in the text were resolved against it' }) publishedAt!: string | null;
  @Field({ description: 'The normalised text that evidence sentences quote' }) text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An article mentioning an actor, and how often' })
export class Mention {
  @Field(() => Int, { description: 'Times the article mentions the actor' }) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An actor an article mentions, and how often' })
export class ArticleActor {
  @Field(() => Int, { description: 'Times the article mentions the actor' }) count!: number;
}
