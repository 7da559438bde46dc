/** The explorer's only way to the data: the public GraphQL API of the server that served the page. */
export interface ActorRef { id: string; name: string; kind: string }
export interface Counterpart { actor: ActorRef; count: number; firstDate: string | null; lastDate: string | null }
export interface NetworkData {
  nodes: ActorRef[];
  edges: { source: string; target: string; directed: boolean; weight: number; types: string[] }[];
}
export interface Interaction {
  id: string; type: string; date: string | null; status: string; place: string | null;
  topics: { id: string; name: string }[];
  participants: { actor: { name: string }; role: string }[];
  sources: { evidence: string; article: { title: string | null; url: string | null; publishedAt: string | null; source: string | null } }[];
}
export interface InteractionFilter { types: string[]; from?: string; to?: string; with?: string[] }

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`The server answered ${res.status} without data`);
  return body.data;
}

/** By any name or alias; else actors whose names contain the text, as suggestions. */
export async function findActor(name: string): Promise<{ actor: ActorRef | null; suggestions: ActorRef[] }> {
  const found = await gql<{ actor: ActorRef | null }>('query($name: String!) { actor(name: $name) { id name kind } }', { name });
  if (found.actor) return { actor: found.actor, suggestions: [] };
  const similar = await gql<{ actors: { edges: { node: ActorRef }[] } }>(
    'query($text: String!) { actors(filter: { search: $text }, orderBy: INTERACTIONS, first: 10) { edges { node { id name kind } } } }',
    { text: name },
  );
  return { actor: null, suggestions: similar.actors.edges.map((e) => e.node) };
}

export async function neighbourhood(id: string, depth: number, filter: InteractionFilter): Promise<{ actor: (ActorRef & { counterparts: Counterpart[] }) | null; network: NetworkData }> {
  return gql(
    `query($id: ID!, $depth: Int!, $filter: InteractionFilter) {
      actor(id: $id) { id name kind counterparts(filter: $filter) { actor { id name kind } count firstDate lastDate } }
      network(center: $id, depth: $depth, filter: $filter) { nodes { id name kind } edges { source target directed weight types } }
    }`,
    { id, depth, filter },
  );
}

/** Dates of every interaction of the actor of these types (pages of 100). */
export async function interactionDates(id: string, types: string[]): Promise<(string | null)[]> {
  const dates: (string | null)[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { actor: { interactions: { edges: { node: { date: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await gql(
      `query($id: ID!, $types: [InteractionType!], $after: String) {
        actor(id: $id) { interactions(first: 100, after: $after, filter: { types: $types }) { edges { node { date } } pageInfo { hasNextPage endCursor } } }
      }`,
      { id, types, after },
    );
    if (!page.actor) return dates;
    dates.push(...page.actor.interactions.edges.map((e) => e.node.date));
    if (!page.actor.interactions.pageInfo.hasNextPage) return dates;
    after = page.actor.interactions.pageInfo.endCursor;
  }
}

export async function interactionsBetween(a: string, b: string, filter: InteractionFilter): Promise<Interaction[]> {
  const data = await gql<{ conversations: Interaction[] }>(
    `query($between: [ID!]!, $filter: InteractionFilter) {
      conversations(between: $between, filter: $filter) {
        id type date status place topics { id name } participants { actor { name } role }
        sources { evidence article { title url publishedAt source } }
      }
    }`,
    { between: [a, b], filter },
  );
  return data.conversations;
}
