import type { ExecutionResult } from 'graphql';

/** Sends GraphiQL's operations to this server's /graphql as JSON (which Apollo's CSRF check accepts). */
export async function fetchGraphQL(params: { query: string; variables?: unknown; operationName?: string | null }): Promise<ExecutionResult> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await res.json()) as ExecutionResult;
}
