/** One factory for every Relay connection: `Connection(Actor, 'Actor')` gives ActorConnection and ActorEdge. */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from '../../domain/errors';
import type { PageArgs } from '../../store/graph-store';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export function Connection<T extends object>(NodeClass: ClassType<T> | (abstract new () => T), name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => NodeClass) node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionClass;
}

/** What a cursor pages through: a cursor of one is refused by another. */
export type ConnectionKind = 'actors' | 'interactions' | 'articles';

const wrapCursor = (kind: ConnectionKind, cursor: string): string => Buffer.from(`${kind}|${cursor}`, 'utf8').toString('base64url');

/** The page arguments for the store: `after` unwrapped, and refused when it belongs to another connection. */
export function storePage(kind: ConnectionKind, page: PageArgs): PageArgs {
  if (!page.after) return page;
  const text = Buffer.from(page.after, 'base64url').toString('utf8');
  const bar = text.indexOf('|');
  const owner = bar > 0 ? text.slice(0, bar) : '';
  if (owner === kind) return { ...page, after: text.slice(bar + 1) };
  if (owner === 'actors' || owner === 'interactions' || owner === 'articles') {
    throw new BadInputError(`This cursor is from a list of ${owner}; it cannot page through ${kind}`);
  }
  throw new BadInputError(`Invalid cursor "${page.after.slice(0, 40)}"`);
}

/** Store page -> GraphQL connection, each cursor bound to its kind of connection. */
export function toConnection<T>(kind: ConnectionKind, page: { edges: { cursor: string; node: T }[]; totalCount: number; hasNextPage: boolean; hasPreviousPage: boolean }) {
  const edges = page.edges.map((e) => ({ cursor: wrapCursor(kind, e.cursor), node: e.node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
