import { Field, ID, ObjectType } from 'type-graphql';
import type { InteractionStatus, InteractionType, ParticipantRole } from '../../domain/enums';
import type { ActorRecord, SourceRecord } from '../../domain/graph';
import { DateScalar } from '../scalars/date.scalar';
import { Actor } from './actor.interface';
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
  // A plain field, not a field resolver: the record holds it as it is answered, and compiled
  // execution reads a plain field inline instead of calling a resolver with its info per item.
  @Field(() => [Source], { description: 'The articles that report it, oldest first' }) sources!: SourceRecord[];
}

@ObjectType({ simpleResolvers: true, description: 'An actor taking part in an interaction, and how' })
export class Participation {
  @Field(() => ParticipantRoleEnum, { description: 'How the actor takes part (the most specific role any report gives)' }) role!: ParticipantRole;
  // Filled in by Interaction.participants, all of an interaction's actors at once: one resolver
  // call per interaction instead of one per participant.
  @Field(() => Actor, { description: 'The actor taking part' }) actor!: ActorRecord;
}

@ObjectType({ simpleResolvers: true, description: 'Provenance: the article and sentence that report an interaction' })
export class Source {
  @Field({ description: 'The sentence that states it' }) evidence!: string;
  @Field(() => String, { nullable: true, description: 'Direct quotation in the sentence' }) quote!: string | null;
}
