import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType({ simpleResolvers: true, description: 'A person serving a country or an organization' })
export class Affiliation {
  @Field(() => String, { nullable: true, description: 'Title in that service, from the newest article giving one' }) title!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Earliest article that attests it' }) from!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'End of the service when known; null while current or unknown' }) to!: string | null;
}
