import { Max, MaxLength, Min, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { SearchHitRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { Article } from '../types/article.type';
import { Interaction } from '../types/interaction.type';
import { SearchHit } from '../types/search-hit.type';

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words that must all occur, ignoring case and accents' })
  @MinLength(1) @MaxLength(200)
  text!: string;

  @Field(() => Int, { defaultValue: 20, description: 'How many hits, 1 to 100' })
  @Min(1) @Max(100)
  first: number = 20;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Actor names and aliases, article titles and text, evidence sentences; best first. At most SEARCH_CONCURRENCY run at once and SEARCH_QUEUE wait; more are refused with SERVER_BUSY (HTTP 503, Retry-After)' })
  search(@Ctx() { store, searchGate }: Context, @Args() { text, first }: SearchArgs) {
    return searchGate.run(() => store.search(text, first));
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor, when kind is ACTOR' })
  actor(@Root() hit: SearchHitRecord, @Ctx() { loaders }: Context) {
    return hit.kind === 'ACTOR' ? loaders.actors.load(hit.id) : null;
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article, when kind is ARTICLE' })
  article(@Root() hit: SearchHitRecord, @Ctx() { loaders }: Context) {
    return hit.kind === 'ARTICLE' ? loaders.articles.load(hit.id) : null;
  }

  @FieldResolver(() => Interaction, { nullable: true, description: 'The interaction, when kind is INTERACTION' })
  interaction(@Root() hit: SearchHitRecord, @Ctx() { loaders }: Context) {
    return hit.kind === 'INTERACTION' ? loaders.interactions.load(hit.id) : null;
  }
}
