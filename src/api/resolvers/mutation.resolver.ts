import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../domain/errors';
import type { ActorRecord, InteractionRecord } from '../../domain/graph';
import type { PreparedArticle } from '../../ingest/prepare-article';
import { articleFacts, type ArticleFacts } from '../../store/article-facts';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { ArticleInput } from '../types/article.input';
import { Article } from '../types/article.type';
import { Interaction } from '../types/interaction.type';
import { IngestResult, Merge, RemoveResult } from '../types/mutation-results.type';

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
    @Arg('input', () => ArticleInput, { description: 'The article' }) input: ArticleInput,
    @Arg('dryRun', { defaultValue: false, description: 'Only extract and show; store nothing' }) dryRun: boolean,
  ): Promise<IngestResultSource> {
    const prepared = await extraction.prepare(input.text, input);
    const created = dryRun ? false : (await store.ingest(prepared.article, prepared.extraction)).created;
    if (!dryRun) loaders.clearAll();
    const facts = articleFacts(prepared.article, prepared.extraction);
    if (dryRun) {
      // Nothing was stored: let fields such as participants { actor } resolve to what was extracted.
      loaders.articles.set(prepared.article.id, prepared.article);
      for (const { mentions: _m, ...actor } of facts.actors) loaders.actors.set(actor.id, actor);
    }
    return { ...prepared, facts, dryRun, created };
  }

  @Authorized()
  @Mutation(() => RemoveResult, { description: 'Retracts the facts only this article supports' })
  async removeArticle(@Ctx() { store, loaders }: Context, @Arg('id', () => ID, { description: 'Article id' }) id: string) {
    const outcome = await store.removeArticle(id);
    loaders.clearAll();
    if (!outcome) throw new NotFoundError('Article', id);
    return outcome;
  }

  @Authorized()
  @Mutation(() => Actor, {
    description: 'Curation of duplicates: `merge` then stands for `keep` (its interactions, mentions and names show on `keep`, '
      + 'interaction ids name `keep`). Only actors of one kind (BAD_USER_INPUT otherwise). Logged in `merges`; undone by `unmergeActors`',
  })
  async mergeActors(
    @Ctx() { store, loaders }: Context,
    @Arg('keep', () => ID, { description: 'Id of the actor that stays' }) keep: string,
    @Arg('merge', () => ID, { description: 'Id of the duplicate merged into it' }) merge: string,
    @Arg('dryRun', { defaultValue: false, description: 'Only check and return the kept actor as it would be; nothing changes' }) dryRun: boolean,
  ) {
    const kept = await store.mergeActors(keep, merge, dryRun);
    if (!dryRun) loaders.clearAll();
    return kept;
  }

  @Authorized()
  @Mutation(() => Actor, { description: 'Undoes the merge of `merged` (see `merges`) and returns it as before the merge' })
  async unmergeActors(@Ctx() { store, loaders }: Context, @Arg('merged', () => ID, { description: 'Id of the merged actor' }) merged: string) {
    const restored = await store.unmergeActors(merged);
    loaders.clearAll();
    return restored;
  }

  @Query(() => [Merge], { description: 'The curation merges in effect, oldest first' })
  merges(@Ctx() { store }: Context) {
    return store.listMerges();
  }

  @FieldResolver(() => Article, { description: 'The article as stored (or as it would be)' })
  article(@Root() r: IngestResultSource) {
    return r.article;
  }

  @FieldResolver(() => Boolean)
  languageSupported(@Root() r: IngestResultSource) {
    return r.extraction.languageSupported;
  }

  @FieldResolver(() => [Actor], { description: 'Actors extracted from the article' })
  actors(@Root() r: IngestResultSource): ActorRecord[] {
    return r.facts.actors.map(({ mentions: _m, ...actor }) => actor);
  }

  @FieldResolver(() => [Interaction], { description: 'Interactions extracted from the article, each with this article as its source' })
  interactions(@Root() r: IngestResultSource): InteractionRecord[] {
    return r.facts.reports.map((rep) => ({
      id: rep.interactionId, type: rep.type, status: rep.status, date: rep.date, place: rep.place,
      summary: rep.summary, rule: rep.rule ?? null, participants: rep.participants, topicIds: rep.topicIds,
      sources: [{
        articleId: r.article.id, evidence: rep.evidence, quote: rep.quote,
        publishedAt: r.article.publishedAt, language: r.article.language,
      }],
    }));
  }
}
