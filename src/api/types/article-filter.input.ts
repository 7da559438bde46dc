import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@InputType({ description: 'Which articles; every condition given must hold' })
export class ArticleFilter {
  @Field({ nullable: true, description: 'ISO 639-1 code' })
  @MaxLength(8)
  language?: string;

  @Field({ nullable: true, description: 'Publisher, exactly as stored (at most 200 characters)' })
  @MaxLength(200)
  source?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or after; undated articles never match' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or before; undated articles never match' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Articles that mention this actor' })
  @MaxLength(200)
  mentions?: string;
}
