import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What was (or, on a dry run, would be) extracted and stored' })
export class IngestResult {
  @Field() dryRun!: boolean;
  @Field({ description: 'False when the article was already stored (nothing changed) or on a dry run' }) created!: boolean;
  @Field({ description: 'False when the language has no interaction lexicons; only known actors were matched' }) languageSupported!: boolean;
}

@ObjectType()
export class RemoveResult {
  @Field(() => ID) articleId!: string;
  @Field(() => Int, { description: 'Interactions no other article reports' }) removedInteractions!: number;
  @Field(() => Int, { description: 'Actors no other article mentions' }) removedActors!: number;
}
