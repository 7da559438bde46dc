/**
 * Executes operations with graphql-jit instead of graphql-js: each parsed operation is compiled
 * once into a function that walks its selection directly, with no per-field lookups of types,
 * argument ASTs and resolvers, and no promise per object whose fields load asynchronously. On the
 * bench's uncached reads graphql-js execution was most of the server's time per request.
 *
 * Apollo Server 5 takes another executor only through its gateway interface, so this is a
 * "gateway" that serves the one local schema. Parsing, validation, plugins, error formatting and
 * the HTTP answer stay Apollo's.
 */
import type {
  GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema, type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { ErrorCode } from '../domain/errors';

/** Subscriptions go to graphql-ws (./subscriptions/ws-server.ts), never to this executor. */
const SUBSCRIPTION_OVER_HTTP = 'Subscriptions are served over WebSocket (graphql-ws) at /graphql; send queries and mutations over HTTP';

/**
 * graphql-jit's errors have no `extensions` object when the thrown error had none; graphql-js's
 * always have one, and Apollo's error formatting reads it.
 */
function withGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
    if (e.locations) (error as { locations?: readonly SourceLocation[] }).locations = e.locations;
    return error;
  });
  return { ...result, errors };
}

/**
 * Built-in scalars and enums are written out as the records hold them, without a serializer call
 * per leaf: graphql-jit passes each such call a fresh path and location array, most of the
 * garbage of a list answer. This holds because records are typed (ids and names are strings,
 * counts numbers) and every enum's values are its names (types/enums.ts; a test checks it).
 * Custom scalars (Date) are still serialized.
 */
const COMPILE_OPTIONS = { disableLeafSerialization: true };

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps one DocumentNode per distinct query text in its document store, so compiled
  // operations live exactly as long as their parsed documents.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | GraphQLError[]>>();

  const compile = (document: DocumentNode, operationName: string | undefined): CompiledQuery | GraphQLError[] => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let entry = byName.get(key);
    if (!entry) {
      const result = compileQuery(schema, document, operationName, COMPILE_OPTIONS);
      entry = isCompiledQuery(result) ? result : [...(result.errors ?? [])];
      byName.set(key, entry);
    }
    return entry;
  };

  const executor: GatewayExecutor = async (request: GatewayGraphQLRequestContext) => {
    // No operation: Apollo answers the error compiling gives ("Must provide operation name …") with a 400.
    if (request.operation?.operation === 'subscription') {
      return { errors: [new GraphQLError(SUBSCRIPTION_OVER_HTTP, { extensions: { code: ErrorCode.BAD_USER_INPUT } })] };
    }
    const entry = compile(request.document, request.request.operationName ?? undefined);
    if (Array.isArray(entry)) return withGraphQLJsErrors({ errors: entry });
    const variables = request.request.variables ?? {};
    const result = await entry.query(undefined, request.context, variables);
    // No data at all: the variables were refused. graphql-jit's messages drop the scalar's own
    // reason ("Date must be an ISO calendar date"); graphql-js's keep it.
    if (result.data === undefined && result.errors) {
      const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables);
      if (coerced.errors) return { errors: coerced.errors };
    }
    return withGraphQLJsErrors(result);
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
