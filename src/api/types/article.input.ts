import { IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_ARTICLE_BYTES } from '../../ingest/article-text';
import { DateScalar } from '../scalars/date.scalar';

@InputType({ description: 'An article to ingest' })
export class ArticleInput {
  @Field({ description: 'The article text (UTF-8, at most 5 MB)' })
  @Length(1, MAX_ARTICLE_BYTES)
  text!: string;

  @Field({ nullable: true, description: 'Headline (at most 1,000 characters)' })
  @MaxLength(1000)
  title?: string;

  @Field({ nullable: true, description: 'Absolute URL of the article (at most 2,000 characters)' })
  @MaxLength(2000)
  @IsUrl({ require_protocol: true }, { message: 'url must be an absolute URL' })
  url?: string;

  @Field({ nullable: true, description: 'Publisher or wire (at most 200 characters)' })
  @MaxLength(200)
  source?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date; relative dates in the text are resolved against it' })
  publishedAt?: string;

  @Field({ nullable: true, description: 'ISO 639-1 code; detected when absent' })
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as "en"' })
  language?: string;
}
