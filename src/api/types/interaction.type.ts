import { Field, ID, ObjectType } from 'type-graphql';
import type { InteractionStatus, InteractionType, ParticipantRole } from '../../domain/enums';
import { DateScalar } from '../scalars/date.scalar';
import { InteractionStatusEnum, InteractionTypeEnum, ParticipantRoleEnum } from './enums';

@ObjectType({ simpleResolvers: true, description: 'Who called, met, negotiated with, appealed to or spoke about whom' })
export class Interaction {
  @Field(() => ID, { description: '<type>:<date>:<participant ids> when dated, so reports of one event share it' })
  id!: string;

  @Field(() => InteractionTypeEnum, { description: 'What happened' }) type!: InteractionType;
  @Field(() => InteractionStatusEnum, { description: 'OCCURRED when any report says it took place, else PLANNED' }) status!: InteractionStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Day it happened (or is planned), resolved against the publication date; null when no article dates it' }) date!: string | null;
  @Field(() => String, { nullable: true, description: 'Where, when an article says so' }) place!: string | null;
  @Field({ description: 'One line: type and participants' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Id of the extraction rule (trigger) that produced it, from the first report; null for data stored before rules were kept' }) rule!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An actor taking part in an interaction, and how' })
export class Participation {
  @Field(() => ParticipantRoleEnum, { description: 'How the actor takes part (the most specific role any report gives)' }) role!: ParticipantRole;
}

@ObjectType({ simpleResolvers: true, description: 'Provenance: the article and sentence that report an interaction' })
export class Source {
  @Field({ description: 'The sentence that states it' }) evidence!: string;
  @Field(() => String, { nullable: true, description: 'Direct quotation in the sentence' }) quote!: string | null;
}
