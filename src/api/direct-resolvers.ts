/**
 * Resolvers are called directly, not through type-graphql's generic wrapper. Per call, that
 * wrapper builds its resolver data, fetches the resolver instance, sorts the parameter list,
 * converts the parent, runs the middleware chain, searches its metadata for every argument's
 * class and awaits a validation promise per argument: a large share of an uncached answer, both
 * for the fields resolved once per item of a list (a participant's actor, a hop's ends) and for
 * the root fields with arguments every query starts from.
 *
 * Here each parameter's reader is made once: the parent, the context, the info, an argument
 * converted to instances of its classes as type-graphql converts it (./argument-instances.ts) and
 * checked by the same validate function, synchronously (ours is: ./argument-validation.ts). The
 * method and what it receives are the same. Resolvers with middlewares or roles, a parameter of
 * another kind (pubSub, custom decorators), a parent converted to a class, or an argument class
 * this does not mirror keep type-graphql's wrapper. Assumes a schema built without global
 * middlewares (./schema.ts).
 */
import { assertObjectType, isInterfaceType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ArgumentInstances } from './argument-instances';

type Method = (...params: unknown[]) => unknown;
/** What a query, mutation or field resolver's metadata holds that calling it needs. */
type ResolverMetadata = Pick<ReturnType<typeof getMetadataStorage>['queries'][number], 'target' | 'methodName' | 'params' | 'middlewares' | 'roles'>;
type ParamMetadata = NonNullable<ResolverMetadata['params']>[number];
/** What one parameter of the method receives, from graphql's four resolver arguments. */
type Reader = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

export interface DirectResolverOptions {
  /** The resolver classes the schema was built from: type-graphql's metadata holds every decorated class. */
  resolvers: readonly Function[];
  /** The validate function the schema was built with (type-graphql's `validateFn`); it must be synchronous. */
  validate: (argValue: unknown) => void;
}

export function callResolversDirectly(schema: GraphQLSchema, options: DirectResolverOptions): void {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, Method>>();
  const readers = new ReaderFactory(options.validate);
  const ofSchema = new Set(options.resolvers);
  const resolveOf = (def: ResolverMetadata): GraphQLFieldResolver<unknown, unknown> | null => {
    if (!ofSchema.has(def.target) || def.middlewares?.length || def.roles) return null;
    let instance = instances.get(def.target);
    if (!instance) instances.set(def.target, (instance = new (def.target as new () => Record<string, Method>)()));
    if (typeof instance[def.methodName] !== 'function') return null;
    return resolverOf(instance[def.methodName].bind(instance), [...(def.params ?? [])].sort((a, b) => a.index - b.index), readers);
  };
  // type-graphql's own resolvers: a field an interface's resolver was set on, whose object type's
  // resolver (which overrides it) must keep the wrapper, gets type-graphql's resolver back.
  const wrappers = new Map<GraphQLField<unknown, unknown>, GraphQLField<unknown, unknown>['resolve']>();
  const setResolve = (field: GraphQLField<unknown, unknown> | undefined, def: ResolverMetadata): void => {
    if (!field) return;
    if (!wrappers.has(field)) wrappers.set(field, field.resolve);
    field.resolve = resolveOf(def) ?? wrappers.get(field);
  };

  for (const [defs, type] of [[storage.queries, schema.getQueryType()], [storage.mutations, schema.getMutationType()]] as const) {
    for (const def of defs) setResolve(type?.getFields()[def.schemaName], def);
  }

  const typeNames = new Map<Function, string>([...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target, t.name]));
  // Resolvers of the Actor interface first: one of an object type for the same field overrides them.
  const onInterfaces = new Set(storage.interfaceTypes.map((t) => t.target));
  const defs = [...storage.fieldResolvers].sort((a, b) => Number(onInterfaces.has(b.getObjectType!())) - Number(onInterfaces.has(a.getObjectType!())));
  for (const def of defs) {
    const name = typeNames.get(def.getObjectType!());
    if (def.kind !== 'external' || !name || !ofSchema.has(def.target)) continue;
    const type = schema.getType(name);
    const owners = isInterfaceType(type) ? schema.getImplementations(type).objects : [assertObjectType(type)];
    for (const owner of owners) setResolve(owner.getFields()[def.schemaName], def);
  }
}

/** The method called with its parameters read from graphql's arguments; null when one cannot be read here. */
function resolverOf(method: Method, params: readonly ParamMetadata[], factory: ReaderFactory): GraphQLFieldResolver<unknown, unknown> | null {
  const readers: Reader[] = [];
  for (const p of params) {
    const reader = factory.readerOf(p);
    if (!reader) return null;
    readers.push(reader);
  }
  // The per-item fields of lists, (parent) or (parent, context): without the readers' calls.
  const whole = (p: ParamMetadata) => (p.kind === 'root' || p.kind === 'context') && !p.propertyName;
  const takes = params.map((p) => (whole(p) ? p.kind : 'other')).join(',');
  if (takes === 'root,context') return (root, _args, context) => method(root, context);
  if (takes === 'root') return (root) => method(root);
  const [a, b, c, d] = readers;
  switch (readers.length) {
    case 0: return () => method();
    case 1: return (root, args, context, info) => method(a(root, args, context, info));
    case 2: return (root, args, context, info) => method(a(root, args, context, info), b(root, args, context, info));
    case 3: return (root, args, context, info) => method(a(root, args, context, info), b(root, args, context, info), c(root, args, context, info));
    case 4: return (root, args, context, info) => method(a(root, args, context, info), b(root, args, context, info), c(root, args, context, info), d(root, args, context, info));
    default: return (root, args, context, info) => method(...readers.map((r) => r(root, args, context, info)));
  }
}

class ReaderFactory {
  private readonly instances = new ArgumentInstances();

  constructor(private readonly validate: (argValue: unknown) => void) {}

  readerOf(p: ParamMetadata): Reader | null {
    switch (p.kind) {
      case 'root': {
        // A parent declared as a class would be converted to an instance of it.
        if (p.getType && p.getType() !== Object) return null;
        const key = p.propertyName;
        return key ? (root) => (root as Record<string, unknown>)[key] : (root) => root;
      }
      case 'context': {
        const key = p.propertyName;
        return key ? (_root, _args, context) => (context as Record<string, unknown>)[key] : (_root, _args, context) => context;
      }
      case 'info':
        return (_root, _args, _context, info) => info;
      case 'arg':
      case 'args': {
        if (p.validateFn || p.validateSettings !== undefined) return null;
        const convert = p.kind === 'arg' ? this.instances.ofArg(p.getType()) : this.instances.ofArgs(p.getType() as Function);
        if (!convert) return null;
        // An @Arg reads its own argument; @Args, the whole arguments object.
        const name = p.kind === 'arg' ? p.name : null;
        const validate = this.validate;
        return (_root, args) => {
          const value = convert(name === null ? args : args[name]);
          validate(value);
          return value;
        };
      }
      default:
        return null;
    }
  }
}
