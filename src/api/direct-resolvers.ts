/**
 * Field resolvers that take only the parent and the context (a participant's actor, an
 * interaction's topics, a hop's ends: the fields resolved once per item of a list) are called
 * directly. type-graphql's generic wrapper, per call, builds its resolver data, fetches the
 * resolver instance, sorts the parameter list, converts the parent and runs the middleware chain:
 * a large share of an uncached answer with hundreds of such fields. The method and its arguments
 * are the same; fields with arguments, middlewares or roles keep type-graphql's wrapper.
 */
import { assertObjectType, isInterfaceType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Method = (...params: unknown[]) => unknown;

export function callPlainFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, Method>>();
  const typeNames = new Map<Function, string>([...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target, t.name]));
  // Resolvers of the Actor interface first: one of an object type for the same field overrides them.
  const onInterfaces = new Set(storage.interfaceTypes.map((t) => t.target));
  const defs = [...storage.fieldResolvers].sort((a, b) => Number(onInterfaces.has(b.getObjectType!())) - Number(onInterfaces.has(a.getObjectType!())));
  for (const def of defs) {
    if (def.kind !== 'external' || def.middlewares?.length || def.roles) continue;
    const params = [...(def.params ?? [])].sort((a, b) => a.index - b.index);
    // Only a whole plain parent (declared as an interface, so type-graphql would not convert it) and the context.
    const plain = params.every((p) => (p.kind === 'context' && !p.propertyName)
      || (p.kind === 'root' && !p.propertyName && (!p.getType || p.getType() === Object)));
    const name = typeNames.get(def.getObjectType!());
    if (!plain || !name) continue;
    let instance = instances.get(def.target);
    if (!instance) instances.set(def.target, (instance = new (def.target as new () => Record<string, Method>)()));
    const method = instance[def.methodName].bind(instance);
    const takes = params.map((p) => p.kind).join(',');
    const resolve: GraphQLFieldResolver<unknown, unknown> = takes === 'root,context' ? (root, _args, context) => method(root, context)
      : takes === 'root' ? (root) => method(root)
        : (root, _args, context) => method(...params.map((p) => (p.kind === 'root' ? root : context)));
    const type = schema.getType(name);
    const owners = isInterfaceType(type) ? schema.getImplementations(type).objects : [assertObjectType(type)];
    for (const owner of owners) {
      const field = owner.getFields()[def.schemaName];
      if (field) field.resolve = resolve;
    }
  }
}
