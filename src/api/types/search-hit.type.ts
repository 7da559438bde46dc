import { Field, Float, ID, ObjectType } from 'type-graphql';
import { SearchHitKindEnum } from './enums';

@ObjectType({ description: 'An actor, article or interaction whose text matches; the matching object is in the field of its kind' })
export class SearchHit {
  @Field(() => SearchHitKindEnum) kind!: 'ACTOR' | 'ARTICLE' | 'INTERACTION';
  @Field(() => ID) id!: string;
  @Field({ description: 'The matched name, title or sentence' }) text!: string;
  @Field(() => Float) score!: number;
}
