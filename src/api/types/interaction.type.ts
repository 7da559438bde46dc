import { Field, ID, ObjectType } from 'type-graphql';
import type { InteractionStatus, InteractionType, ParticipantRole } from '../../domain/enums';
import { DateScalar } from '../scalars/date.scalar';
import { InteractionStatusEnum, InteractionTypeEnum, ParticipantRoleEnum } from './enums';

@ObjectType({ description: 'Who called, met, negotiated with, appealed to or spoke about whom' })
export class Interaction {
  @Field(() => ID, { description: '<type>:<date>:<participant ids> when dated, so reports of one event share it' })
  id!: string;

  @Field(() => InteractionTypeEnum) type!: InteractionType;
  @Field(() => InteractionStatusEnum) status!: InteractionStatus;
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field() summary!: string;
}

@ObjectType()
export class Participation {
  @Field(() => ParticipantRoleEnum) role!: ParticipantRole;
}

@ObjectType({ description: 'Provenance: the article and sentence that report an interaction' })
export class Source {
  @Field({ description: 'The sentence that states it' }) evidence!: string;
  @Field(() => String, { nullable: true, description: 'Direct quotation in the sentence' }) quote!: string | null;
}
