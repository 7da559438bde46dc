import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@InputType()
export class ArticleFilter {
  @Field({ nullable: true, description: 'ISO 639-1 code' })
  @MaxLength(8)
  language?: string;

  @Field({ nullable: true })
  @MaxLength(200)
  source?: string;

  @Field(() => DateScalar, { nullable: true })
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Articles that mention this actor' })
  @MaxLength(200)
  mentions?: string;
}
