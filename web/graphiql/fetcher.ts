/** Sends GraphiQL's operations to this server's /graphql as JSON (which Apollo's CSRF check accepts). */
export async function fetchGraphQL(params: { query: string; variables?: unknown; operationName?: string | null }): Promise<unknown> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
}
