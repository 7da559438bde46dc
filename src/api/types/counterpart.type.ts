import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType({ description: 'An actor this actor spoke with, and how often' })
export class Counterpart {
  @Field(() => Int, { description: 'Distinct interactions' }) count!: number;
  @Field(() => DateScalar, { nullable: true }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastDate!: string | null;
}
