/**
 * The one PubSub of the schema (type-graphql needs it when the schema is built). Every topic is
 * keyed by the id of the server's GraphFeed, so two servers in one process (the tests) never see
 * each other's events.
 */
import { createPubSub } from '@graphql-yoga/subscription';
import type { Article } from '../../domain/article';
import type { InteractionRecord } from '../../domain/graph';

export const TOPICS = { ARTICLE_ADDED: 'ARTICLE_ADDED', INTERACTION_ADDED: 'INTERACTION_ADDED' } as const;

export const pubSub = createPubSub<{
  ARTICLE_ADDED: [feedId: string, article: Article];
  INTERACTION_ADDED: [feedId: string, interaction: InteractionRecord];
}>();
