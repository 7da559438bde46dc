/** One factory for every Relay connection: `Connection(Actor, 'Actor')` gives ActorConnection and ActorEdge. */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

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

/** Store page -> GraphQL connection. */
export function toConnection<T>(page: { edges: { cursor: string; node: T }[]; totalCount: number; hasNextPage: boolean; hasPreviousPage: boolean }) {
  return {
    edges: page.edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.edges[page.edges.length - 1]?.cursor ?? null,
    },
  };
}
