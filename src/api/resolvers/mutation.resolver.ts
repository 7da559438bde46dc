import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../domain/errors';
import type { ActorRecord, InteractionRecord } from '../../domain/graph';
import type { PreparedArticle } from '../../ingest/prepare-article';
import { articleFacts, type ArticleFacts } from '../../store/article-facts';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { ArticleInput } from '../types/article.input';
import { Article } from '../types/article.type';
import { Interaction } from '../types/interaction.type';
import { IngestResult, RemoveResult } from '../types/mutation-results.type';

interface IngestResultSource extends PreparedArticle {
  facts: ArticleFacts;
  dryRun: boolean;
  created: boolean;
}

@Resolver(() => IngestResult)
export class MutationResolver {
  @Authorized()
  @Mutation(() => IngestResult, { description: 'Extracts actors and interactions from an article and stores them (dryRun: only extracts)' })
  async ingestArticle(
    @Ctx() { store, loaders, extraction }: Context,
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
  ): Promise<IngestResultSource> {
    const prepared = await extraction.prepare(input.text, input);
    const created = dryRun ? false : (await store.ingest(prepared.article, prepared.extraction)).created;
    if (!dryRun) loaders.clearAll();
    const facts = articleFacts(prepared.article, prepared.extraction);
    if (dryRun) {
      // Nothing was stored: let fields such as participants { actor } resolve to what was extracted.
      loaders.articles.prime(prepared.article.id, prepared.article);
      for (const { mentions: _m, ...actor } of facts.actors) loaders.actors.prime(actor.id, actor);
    }
    return { ...prepared, facts, dryRun, created };
  }

  @Authorized()
  @Mutation(() => RemoveResult, { description: 'Retracts the facts only this article supports' })
  async removeArticle(@Ctx() { store, loaders }: Context, @Arg('id', () => ID) id: string) {
    const outcome = await store.removeArticle(id);
    loaders.clearAll();
    if (!outcome) throw new NotFoundError('Article', id);
    return outcome;
  }

  @Authorized()
  @Mutation(() => Actor, { description: 'Moves every interaction, mention and alias of `merge` onto `keep` (curation of duplicates)' })
  async mergeActors(@Ctx() { store, loaders }: Context, @Arg('keep', () => ID) keep: string, @Arg('merge', () => ID) merge: string) {
    const kept = await store.mergeActors(keep, merge);
    loaders.clearAll();
    return kept;
  }

  @FieldResolver(() => Article)
  article(@Root() r: IngestResultSource) {
    return r.article;
  }

  @FieldResolver(() => Boolean)
  languageSupported(@Root() r: IngestResultSource) {
    return r.extraction.languageSupported;
  }

  @FieldResolver(() => [Actor])
  actors(@Root() r: IngestResultSource): ActorRecord[] {
    return r.facts.actors.map(({ mentions: _m, ...actor }) => actor);
  }

  @FieldResolver(() => [Interaction])
  interactions(@Root() r: IngestResultSource): InteractionRecord[] {
    return r.facts.reports.map((rep) => ({
      id: rep.interactionId, type: rep.type, status: rep.status, date: rep.date, place: rep.place,
      summary: rep.summary, participants: rep.participants, topicIds: rep.topicIds,
      sources: [{
        articleId: r.article.id, evidence: rep.evidence, quote: rep.quote,
        publishedAt: r.article.publishedAt, language: r.article.language,
      }],
    }));
  }
}
