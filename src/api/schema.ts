/** Builds the executable schema from the resolver classes (code-first; emitted as schema.graphql). */
import 'reflect-metadata';
import { assertInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type AuthChecker } from 'type-graphql';
import { validateArgument } from './argument-validation';
import type { Context } from './context.type';
import { callResolversDirectly } from './direct-resolvers';
import { pubSub } from './subscriptions/pub-sub';
import { ActorScoreResolver } from './resolvers/actor-score.resolver';
import { ActorResolver } from './resolvers/actor.resolver';
import { ActorTimelineResolver } from './resolvers/actor-timeline.resolver';
import { AffiliationResolver } from './resolvers/affiliation.resolver';
import { ArticleActorResolver } from './resolvers/article-actor.resolver';
import { ArticleResolver } from './resolvers/article.resolver';
import { CounterpartResolver } from './resolvers/counterpart.resolver';
import { GraphResolver } from './resolvers/graph.resolver';
import { InteractionResolver } from './resolvers/interaction.resolver';
import { InteractionTimeResolver } from './resolvers/interaction-time.resolver';
import { MentionResolver } from './resolvers/mention.resolver';
import { MutationResolver } from './resolvers/mutation.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { RelationshipResolver } from './resolvers/relationship.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { SourceResolver } from './resolvers/source.resolver';
import { StatsResolver } from './resolvers/stats.resolver';
import { SubscriptionResolver } from './resolvers/subscription.resolver';
import { TopicResolver } from './resolvers/topic.resolver';
import { actorTypeName } from './types/actor.interface';
import { Country } from './types/country.type';
import { Organization } from './types/organization.type';
import { Person } from './types/person.type';

const authChecker: AuthChecker<Context> = ({ context }) => context.authorized;

const RESOLVERS = [
  ActorResolver, PersonResolver, OrganizationResolver, AffiliationResolver, CounterpartResolver,
  InteractionResolver, SourceResolver, ArticleResolver, MentionResolver,
  ArticleActorResolver, TopicResolver, GraphResolver, ActorScoreResolver, SearchResolver, StatsResolver,
  MutationResolver,
  // Issue 14: time, tone, subscriptions
  ActorTimelineResolver, InteractionTimeResolver, RelationshipResolver, SubscriptionResolver,
] as const;

let schema: GraphQLSchema | undefined;

export function buildActorGraphSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: RESOLVERS,
    pubSub,
    orphanedTypes: [Person, Country, Organization],
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
  });
  // type-graphql makes every resolveType async (it accepts promises and classes): a promise per
  // actor in every answer. Ours names the type at once.
  assertInterfaceType(schema.getType('Actor')).resolveType = actorTypeName;
  callResolversDirectly(schema, { resolvers: RESOLVERS, validate: validateArgument });
  return schema;
}
