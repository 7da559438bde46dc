/**
 * Answers a query again from memory when the store has not changed since it was last answered.
 * Keyed by query, operation name and variables, and valid only at the store revision it was
 * computed at (GraphStore.revision), so an answer is never stale; stores that report no revision
 * (Neo4j, which other processes may write to) are never cached. Mutations are never cached.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { DEFAULT_RESPONSE_CACHE_ENTRIES } from '../../../config';
import type { Context } from '../../context.type';

/** Longer keys (many or long variables) are not cached, so clients cannot fill memory with keys. */
const MAX_KEY_LENGTH = 4096;

interface Entry {
  revision: number;
  result: FormattedExecutionResult;
}

export function responseCache(maxEntries = DEFAULT_RESPONSE_CACHE_ENTRIES): ApolloServerPlugin<Context> {
  const cache = new Map<string, Entry>();
  return {
    async requestDidStart() {
      let key: string | null = null;
      let revision: number | null = null;
      return {
        async responseForOperation({ operation, queryHash, request, contextValue, response }) {
          revision = contextValue.store.revision();
          // No operation (several in the document, none named): Apollo answers its 400 itself.
          if (operation?.operation !== 'query' || revision === null) return null;
          // Only the variables the operation declares: undeclared ones change nothing in the answer.
          const declared = (operation.variableDefinitions ?? []).map((d) => d.variable.name.value);
          const variables = declared.map((name) => request.variables?.[name] ?? null);
          key = JSON.stringify([queryHash, request.operationName ?? null, variables]);
          if (key.length > MAX_KEY_LENGTH) { key = null; return null; }
          const hit = cache.get(key);
          if (!hit || hit.revision !== revision) return null;
          cache.delete(key); // re-insert: most recently used last
          cache.set(key, hit);
          return { http: response.http, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse({ response, contextValue }) {
          if (key === null || revision === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Only clean answers, and only if no write landed while this one was computed.
          if (result.errors?.length || contextValue.store.revision() !== revision) return;
          cache.delete(key);
          // Its text, written once, stays with its data (answerText).
          cache.set(key, { revision, result });
          if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
        },
      };
    },
  };
}
