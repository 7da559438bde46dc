import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorKind } from '../../domain/enums';
import { ActorKindEnum } from './enums';

@ObjectType({ simpleResolvers: true, description: 'What was (or, on a dry run, would be) extracted and stored' })
export class IngestResult {
  @Field({ description: 'True when nothing was stored' }) dryRun!: boolean;
  @Field({ description: 'False when the article was already stored (nothing changed) or on a dry run' }) created!: boolean;
  @Field({ description: 'False when the language has no interaction lexicons; only known actors were matched' }) languageSupported!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'What removing an article retracted' })
export class RemoveResult {
  @Field(() => ID, { description: 'The article removed' }) articleId!: string;
  @Field(() => Int, { description: 'Interactions no other article reports' }) removedInteractions!: number;
  @Field(() => Int, { description: 'Actors no other article mentions' }) removedActors!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A curation merge in effect (mergeActors); undone by unmergeActors' })
export class Merge {
  @Field(() => ID, { description: 'Id of the actor merged away; it now stands for `keep`' }) mergedId!: string;
  @Field({ description: 'Name of the merged actor when it was merged' }) mergedName!: string;
  @Field(() => ActorKindEnum, { description: 'Kind of both actors (merges across kinds are refused)' }) kind!: ActorKind;
  @Field(() => ID, { description: 'Id of the kept actor' }) keepId!: string;
  @Field({ description: 'When the merge was made (ISO 8601 timestamp, UTC)' }) at!: string;
}
