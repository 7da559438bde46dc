import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TIME_INTERVALS } from '../../time/timeline';
import { DateScalar } from '../scalars/date.scalar';
import { TypeCount } from './stats.type';

export const TimeIntervalEnum = Object.fromEntries(TIME_INTERVALS.map((v) => [v, v])) as Record<(typeof TIME_INTERVALS)[number], (typeof TIME_INTERVALS)[number]>;

registerEnumType(TimeIntervalEnum, {
  name: 'TimeInterval',
  description: 'Length of a timeline bucket',
  valuesConfig: {
    DAY: { description: 'One calendar day' },
    WEEK: { description: 'Monday to Sunday (ISO 8601 week)' },
    MONTH: { description: 'One calendar month' },
    YEAR: { description: 'One calendar year' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'The interactions of one interval of a timeline; undated ones count in the interval of their reportedAt' })
export class TimelineBucket {
  @Field(() => DateScalar, { description: 'First day of the interval' }) start!: string;
  @Field(() => DateScalar, { description: 'Last day of the interval (inclusive)' }) end!: string;
  @Field(() => Int, { description: 'Distinct interactions in the interval' }) count!: number;
  @Field(() => [TypeCount], { description: 'Interactions per type, in the order of InteractionType; types with none left out' }) byType!: TypeCount[];
  @Field(() => Float, { description: 'Mean tone of the interactions, -10 (hostile) to +10 (cooperative)' }) tone!: number;
}
