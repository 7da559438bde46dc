/** One factory for every Relay connection: `Connection(Actor, 'Actor')` gives ActorConnection and ActorEdge. */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from '../../domain/errors';
import type { PageArgs } from '../../store/graph-store';

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list (Relay)' })
export class PageInfo {
  @Field({ description: 'More items follow the last edge' }) hasNextPage!: boolean;
  @Field({ description: 'Items precede the first edge (the page was asked for with after)' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as after for the next page; null on an empty page' }) endCursor!: string | null;
}

export function Connection<T extends object>(NodeClass: ClassType<T> | (abstract new () => T), name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name.toLowerCase()} of a page and its cursor` })
  class Edge {
    @Field({ description: 'Opaque position of this edge; valid only for this kind of list' }) cursor!: string;
    @Field(() => NodeClass, { description: `The ${name.toLowerCase()}` }) node!: T;
  }

  @ObjectType({ simpleResolvers: true, description: `A page of ${name.toLowerCase()}s (Relay connection): at most 100 edges per request` })
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: 'The items of this page, in list order' }) edges!: Edge[];
    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to get them' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Items in the whole list (all pages)' }) totalCount!: number;
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

type StoreEdge<T> = { readonly cursor: string; node: T };

/** An edge whose cursor is wrapped when read (most clients read only endCursor); a class for the reason edgeOf (store/pagination.ts) is one. */
class WrappedCursorEdge<T> {
  readonly node: T;

  constructor(private readonly kind: ConnectionKind, private readonly edge: StoreEdge<T>) {
    this.node = edge.node;
  }

  get cursor(): string {
    return wrapCursor(this.kind, this.edge.cursor);
  }
}

class LazyPageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly edges: readonly WrappedCursorEdge<unknown>[],
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** Store page -> GraphQL connection, each cursor bound to its kind of connection. */
export function toConnection<T>(kind: ConnectionKind, page: { edges: StoreEdge<T>[]; totalCount: number; hasNextPage: boolean; hasPreviousPage: boolean }) {
  const edges = page.edges.map((e) => new WrappedCursorEdge(kind, e));
  return { edges, totalCount: page.totalCount, pageInfo: new LazyPageInfo(page.hasNextPage, page.hasPreviousPage, edges) };
}
