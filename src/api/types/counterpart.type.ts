import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRecord, TopicRecord } from '../../domain/graph';
import { DateScalar } from '../scalars/date.scalar';
import { Actor } from './actor.interface';
import { Topic } from './topic.type';

@ObjectType({ simpleResolvers: true, description: 'An actor this actor spoke with, and how often' })
export class Counterpart {
  @Field(() => Int, { description: 'Distinct interactions' }) count!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Date of the oldest dated interaction; null when none is dated' }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date of the newest dated interaction; null when none is dated' }) lastDate!: string | null;
  // Filled in by Actor.counterparts for the whole list (Loaders.counterparts), not per item.
  @Field(() => Actor, { description: 'The actor spoken with' }) actor!: ActorRecord;
  @Field(() => [Topic], { description: 'Topics of those interactions, by id' }) topics!: TopicRecord[];
}
