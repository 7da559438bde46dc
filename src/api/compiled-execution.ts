/**
 * Answers queries with graphql-jit instead of graphql-js: each parsed operation is compiled once
 * into a function that walks its selection directly, with no per-field lookups of types, argument
 * ASTs and resolvers, and no promise per object whose fields load asynchronously. On the bench's
 * uncached reads graphql-js execution was most of the server's time per request.
 *
 * It is a plugin answering in `responseForOperation`, Apollo's hook for answering an operation
 * without executing it (the response cache uses it too). Apollo's other way in, its gateway
 * interface, kept every request's objects alive past the young generation (about five times as
 * much promoted per scavenge as the plain server, a constant executor already did it).
 * Only clean answers to queries are taken: mutations, and any query whose compiled answer has
 * errors (a refused variable, a store failure) or a value its writer refuses, run on graphql-js as
 * before, so that errors keep Apollo's formatting, codes, logging and HTTP status exactly; reads
 * have no side effects to repeat. A clean answer is written here (./answer-text.ts), its passed
 * fields' values as their resolvers returned them (./passed-fields.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { ErrorCode } from '../domain/errors';
import { compileAnswer, keepText, type CompiledAnswer } from './answer-text';
import type { Context } from './context.type';
import { executionSchema, withFieldsPassed } from './passed-fields';

/** Subscriptions go to graphql-ws (./subscriptions/ws-server.ts), never over HTTP. */
const SUBSCRIPTION_OVER_HTTP = 'Subscriptions are served over WebSocket (graphql-ws) at /graphql; send queries and mutations over HTTP';

/**
 * Built-in scalars and enums are written out as the records hold them, without a serializer call
 * per leaf: graphql-jit passes each such call a fresh path and location array, most of the
 * garbage of a list answer. This holds because records are typed (ids and names are strings,
 * counts numbers) and every enum's values are its names (types/enums.ts; a test checks it).
 * Custom scalars (Date) are still serialized.
 */
const COMPILE_OPTIONS = { disableLeafSerialization: true };

/**
 * null: graphql-jit cannot compile it; graphql-js answers it (and reports why, if it is wrong).
 * `answer` null: no compiled answer writer for its shape; JSON.stringify writes its answers.
 */
type Compiled = { query: CompiledQuery; answer: CompiledAnswer | null } | null;

export function compiledExecution(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const execution = executionSchema(schema);
  // Apollo keeps one DocumentNode per distinct query text in its document store, so compiled
  // operations live exactly as long as their parsed documents.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compile = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let entry = byName.get(key);
    if (entry === undefined) {
      const answer = compileAnswer(schema, document, operationName);
      const query = compileQuery(execution, withFieldsPassed(document, answer?.passed ?? new Set()), operationName, COMPILE_OPTIONS);
      entry = isCompiledQuery(query) ? { query, answer } : null;
      byName.set(key, entry);
    }
    return entry;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(SUBSCRIPTION_OVER_HTTP, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
        },
        async responseForOperation({ operation, document, request, contextValue, response }) {
          if (operation?.operation !== 'query') return null;
          const compiledQuery = compile(document, request.operationName ?? undefined);
          if (!compiledQuery) return null;
          const result = await compiledQuery.query.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length || !result.data) return null;
          if (compiledQuery.answer) {
            let text: string;
            try {
              text = compiledQuery.answer.write(result.data);
            } catch {
              // A value its place cannot hold (NaN, a null where the schema says non-null in a
              // passed value): graphql-js answers, with graphql's errors where it has any.
              return null;
            }
            keepText(result.data, text);
            // The data holds passed values as the store gave them: anything that serializes it
            // (a plugin adding extensions, say) gets the answer's data.
            if (compiledQuery.answer.passed.size > 0) Object.defineProperty(result.data, 'toJSON', { value: () => (JSON.parse(text) as { data: unknown }).data });
          }
          return { http: response.http, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
