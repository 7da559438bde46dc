import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType()
export class Article {
  @Field(() => ID, { description: 'Hash of the normalised text' }) id!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field({ description: 'ISO 639-1 code' }) language!: string;
  @Field(() => DateScalar, { nullable: true }) publishedAt!: string | null;
  @Field({ description: 'The normalised text that evidence sentences quote' }) text!: string;
}

@ObjectType({ description: 'An article mentioning an actor, and how often' })
export class Mention {
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'An actor an article mentions, and how often' })
export class ArticleActor {
  @Field(() => Int) count!: number;
}
