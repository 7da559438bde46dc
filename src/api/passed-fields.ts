/**
 * Passed fields: a field whose value the client reads only through properties (every field below
 * it has no resolver and no arguments; no directives, no fragments on other types) is executed
 * up to its own resolver and its value passed on as the resolver returned it. The compiled answer
 * writer (./answer-text.ts; ./answer-shape.ts decides which fields are passed) then reads the
 * selected properties from that value as it writes them. graphql-jit would otherwise copy every
 * object of the value into an answer object first: for a depth-2 network of a thousand edges that
 * copy was about a fifth of executing and writing the answer (measured in-process).
 *
 * graphql-jit passes a value through only for a leaf, so it compiles against an execution schema
 * in which every field of an object or interface type has a twin of the same arguments and
 * resolver whose type is a scalar of no checks; a passed field's node in the document it compiles
 * is renamed to its twin, aliased to its response key. The twins exist only there: the served
 * schema, validation and introspection never see them.
 */
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import {
  getNamedType, GraphQLInterfaceType, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, isCompositeType, isNonNullType, Kind, visit,
  type DocumentNode, type FieldNode, type GraphQLFieldConfigMap, type GraphQLSchema,
} from 'graphql';

const TWIN_SUFFIX = '__passed';

/** The twins' type: the resolver's value as it is (null stays null: a non-null twin keeps its field's check). */
const PASSED_VALUE = new GraphQLScalarType({ name: 'PassedValue__', serialize: (value) => value });

const executionSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();

/** The schema graphql-jit compiles against: the served one, each composite field with its twin. */
export function executionSchema(schema: GraphQLSchema): GraphQLSchema {
  let execution = executionSchemas.get(schema);
  if (!execution) {
    execution = mapSchema(schema, {
      [MapperKind.OBJECT_TYPE]: (type) => {
        const config = type.toConfig();
        return new GraphQLObjectType({ ...config, fields: withTwins(config.fields) });
      },
      [MapperKind.INTERFACE_TYPE]: (type) => {
        const config = type.toConfig();
        return new GraphQLInterfaceType({ ...config, fields: withTwins(config.fields) });
      },
    });
    executionSchemas.set(schema, execution);
  }
  return execution;
}

function withTwins<S, C>(fields: GraphQLFieldConfigMap<S, C>): GraphQLFieldConfigMap<S, C> {
  const all = { ...fields };
  for (const [name, field] of Object.entries(fields)) {
    // Names of that ending are the twins' (schemaFieldName).
    if (name.endsWith(TWIN_SUFFIX)) throw new Error(`Field ${name}: names ending in ${TWIN_SUFFIX} are kept for passed fields' twins`);
    if (!isCompositeType(getNamedType(field.type))) continue;
    all[`${name}${TWIN_SUFFIX}`] = {
      ...field,
      type: isNonNullType(field.type) ? new GraphQLNonNull(PASSED_VALUE) : PASSED_VALUE,
      // A field without a resolver reads its own name's property, as graphql-jit reads it.
      resolve: field.resolve ?? ((source: S) => (source as Record<string, unknown>)[name]),
    };
  }
  return all;
}

/** The document graphql-jit compiles: each passed field's node renamed to its twin, answering under its response key. */
export function withFieldsPassed(document: DocumentNode, passed: ReadonlySet<FieldNode>): DocumentNode {
  if (passed.size === 0) return document;
  return visit(document, {
    Field: (node) => (passed.has(node) ? {
      ...node,
      alias: node.alias ?? node.name,
      name: { kind: Kind.NAME, value: `${node.name.value}${TWIN_SUFFIX}` },
    } : undefined),
  });
}

/** The schema's name of a field a node selects, in either document. */
export function schemaFieldName(node: FieldNode): string {
  const name = node.name.value;
  return name.endsWith(TWIN_SUFFIX) ? name.slice(0, -TWIN_SUFFIX.length) : name;
}
