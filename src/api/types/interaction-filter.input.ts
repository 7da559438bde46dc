import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { InteractionStatus, InteractionType } from '../../domain/enums';
import { DateScalar } from '../scalars/date.scalar';
import { InteractionStatusEnum, InteractionTypeEnum } from './enums';

@InputType({ description: 'Every given condition must hold' })
export class InteractionFilter {
  @Field(() => [InteractionTypeEnum], { nullable: true, description: 'Any of these types' })
  types?: InteractionType[];

  @Field(() => [ID], { nullable: true, description: 'Every one of these actors takes part' })
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  with?: string[];

  @Field(() => [ID], { nullable: true, description: 'At least one of these topics' })
  @ArrayMaxSize(50)
  topics?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'On or after; undated interactions never match a date bound' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or before' })
  to?: string;

  @Field(() => InteractionStatusEnum, { nullable: true, description: 'Only this status (any when absent, except where a field documents a default)' })
  status?: InteractionStatus;
}
