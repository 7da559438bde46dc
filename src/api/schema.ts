/** Builds the executable schema from the resolver classes (code-first; emitted as schema.graphql). */
import 'reflect-metadata';
import { assertInterfaceType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, validateSync, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchemaSync, type AuthChecker } from 'type-graphql';
import type { Context } from './context.type';
import { callPlainFieldResolversDirectly } from './direct-resolvers';
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

/** What type-graphql's own validation passes class-validator: properties not given are not checked. */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * The properties of an argument class that carry constraints, per class. With missing properties
 * skipped, an object without any of them set passes, and class-validator is not asked: it
 * gathers a class's constraints anew on every call (a filter of only dates, the usual one, has
 * nothing to check).
 */
const constrainedProperties = new Map<Function, string[]>();
function constrainedOf(target: Function): string[] {
  let names = constrainedProperties.get(target);
  if (!names) {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
    constrainedProperties.set(target, (names = [...new Set(metadatas.map((m) => m.propertyName))]));
  }
  return names;
}

function needsValidation(item: object): boolean {
  return constrainedOf(item.constructor).some((name) => (item as Record<string, unknown>)[name] != null);
}

/**
 * type-graphql's argument validation, the same checks and errors, without the `import()` of
 * class-validator it makes for every argument of every resolver call, and synchronous: our
 * constraints are all synchronous, and class-validator's asynchronous API costs promises per
 * constraint (a measurable share of an uncached read).
 */
function validateArgument(value: unknown): void {
  if (!isObject(value)) return;
  const errors = (Array.isArray(value) ? value.filter(isObject) : [value]).filter(needsValidation).flatMap((item) => validateSync(item, VALIDATOR_OPTIONS));
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

let schema: GraphQLSchema | undefined;

export function buildActorGraphSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      ActorResolver, PersonResolver, OrganizationResolver, AffiliationResolver, CounterpartResolver,
      InteractionResolver, SourceResolver, ArticleResolver, MentionResolver,
      ArticleActorResolver, TopicResolver, GraphResolver, ActorScoreResolver, SearchResolver, StatsResolver,
      MutationResolver,
      // Issue 14: time, tone, subscriptions
      ActorTimelineResolver, InteractionTimeResolver, RelationshipResolver, SubscriptionResolver,
    ],
    pubSub,
    orphanedTypes: [Person, Country, Organization],
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
  });
  // type-graphql makes every resolveType async (it accepts promises and classes): a promise per
  // actor in every answer. Ours names the type at once.
  assertInterfaceType(schema.getType('Actor')).resolveType = actorTypeName;
  callPlainFieldResolversDirectly(schema);
  return schema;
}
