import { Field, Float, ID, ObjectType } from 'type-graphql';
import { SearchHitKindEnum } from './enums';

@ObjectType({ simpleResolvers: true, description: 'An actor, article or interaction whose text matches; the matching object is in the field of its kind' })
export class SearchHit {
  @Field(() => SearchHitKindEnum, { description: 'Which of actor, article or interaction is set' }) kind!: 'ACTOR' | 'ARTICLE' | 'INTERACTION';
  @Field(() => ID, { description: 'Id of the actor, article or interaction' }) id!: string;
  @Field({ description: 'The matched name, title or sentence' }) text!: string;
  @Field(() => Float, { description: 'Relevance: 6 a whole name, 3 a name, 2 a title, 1.5 an evidence sentence, 1 article text; best first' }) score!: number;
}
