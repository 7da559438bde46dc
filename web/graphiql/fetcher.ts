import { getOperationAST, parse, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

interface Params { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }

/**
 * GraphiQL's operations, all to this server's /graphql: subscriptions over WebSocket (graphql-ws,
 * the only way the server serves them), one result per event; queries and mutations as JSON over
 * HTTP (which Apollo's CSRF check accepts).
 */
export function fetchGraphQL(params: Params): Promise<ExecutionResult> | AsyncIterable<ExecutionResult> {
  if (!isSubscription(params)) return post(params);
  // Formatted results (errors as JSON), which is what GraphiQL shows anyway.
  return subscriptions().iterate({ query: params.query, variables: params.variables, operationName: params.operationName }) as AsyncIterable<ExecutionResult>;
}

async function post(params: Params): Promise<ExecutionResult> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await res.json()) as ExecutionResult;
}

/** A document that does not parse goes over HTTP, whose answer says why. */
function isSubscription({ query, operationName }: Params): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false;
  }
}

let client: Client | null = null;

/** One WebSocket to the origin that served the page, opened on the first subscription. */
function subscriptions(): Client {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  client ??= createClient({ url: `${scheme}://${window.location.host}/graphql` });
  return client;
}
