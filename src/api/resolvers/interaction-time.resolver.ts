import { FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { InteractionRecord } from '../../domain/graph';
import { interactionTone, reportedAt } from '../../time/timeline';
import { DateScalar } from '../scalars/date.scalar';
import { Interaction } from '../types/interaction.type';

@Resolver(() => Interaction)
export class InteractionTimeResolver {
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Earliest publication date among the articles that report it, so undated interactions have a place on a timeline; '
      + 'its own date when no source article has one, null only when neither has a date',
  })
  reportedAt(@Root() interaction: InteractionRecord): string | null {
    return reportedAt(interaction);
  }

  @FieldResolver(() => Float, {
    description: 'Tone from -10 (most hostile) to +10 (most cooperative): a base value per type moved by cue words '
      + 'in the evidence sentences (README "Tone")',
  })
  tone(@Root() interaction: InteractionRecord): number {
    return interactionTone(interaction);
  }
}
