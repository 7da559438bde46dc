import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType({ simpleResolvers: true, description: 'An actor this actor spoke with, and how often' })
export class Counterpart {
  @Field(() => Int, { description: 'Distinct interactions' }) count!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Date of the oldest dated interaction; null when none is dated' }) firstDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date of the newest dated interaction; null when none is dated' }) lastDate!: string | null;
}
