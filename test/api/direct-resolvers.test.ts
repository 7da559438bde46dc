/**
 * Resolvers called directly (src/api/direct-resolvers.ts, converting arguments with
 * src/api/argument-instances.ts) must give each method what type-graphql's own wrapper gives it:
 * the same schema of resolver classes of this test is built twice, once as type-graphql leaves it
 * and once with the resolvers called directly, and every query must be answered alike, by the
 * same methods receiving the same instances, defaults and validation errors.
 */
import 'reflect-metadata';
import { ArrayMaxSize, Max, Min, ValidateNested } from 'class-validator';
import { graphql, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import {
  Arg, Args, ArgsType, buildSchemaSync, Ctx, Field, FieldResolver, ID, Info, InputType, Int, InterfaceType, ObjectType, Query,
  registerEnumType, Resolver, Root, UseMiddleware,
} from 'type-graphql';
import { validateArgument } from '../../src/api/argument-validation';
import { callResolversDirectly } from '../../src/api/direct-resolvers';
import { buildActorGraphSchema } from '../../src/api/schema';

enum Colour { RED = 'RED', BLUE = 'BLUE' }
registerEnumType(Colour, { name: 'Colour' });

/** What a method received: each value with the class it is an instance of and its own keys, in order. */
function described(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(described);
  if (value === null || typeof value !== 'object') return value === undefined ? '<undefined>' : value;
  const proto = Object.getPrototypeOf(value);
  return { class: proto === null ? 'null-prototype' : proto.constructor.name, ...Object.fromEntries(Object.keys(value).map((k) => [k, described((value as Record<string, unknown>)[k])])) };
}

@InputType()
class Window {
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => Int) @Max(365, { message: 'a window spans at most 365 days' }) days!: number;
}

@InputType()
class Query1Filter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(3) ids?: string[] | null;
  @Field(() => Colour, { nullable: true }) colour?: Colour | null;
  @Field(() => Window, { nullable: true }) @ValidateNested() window?: Window | null;
  @Field(() => [Window], { nullable: true }) @ValidateNested({ each: true }) windows?: Window[] | null;
  @Field(() => Query1Filter, { nullable: true }) @ValidateNested() not?: Query1Filter | null;
}

@ArgsType()
class PagingArgs {
  @Field(() => Int, { defaultValue: 20 }) @Min(0) @Max(100, { message: 'first must be at most 100' }) first: number = 20;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Query1Filter, { nullable: true }) @ValidateNested() filter?: Query1Filter | null;
  // An initialiser no argument sets: kept as a default, as type-graphql keeps it.
  note: string = 'initialised';
}

@ObjectType()
class Thing {
  @Field() name!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => String)
  echo(
    @Arg('filter', () => Query1Filter, { nullable: true }) filter: Query1Filter | undefined,
    @Arg('colours', () => [Colour], { nullable: true }) colours: Colour[] | undefined,
    @Arg('n', () => Int, { defaultValue: 7 }) n: number,
  ): string {
    return JSON.stringify(described({ filter, colours, n }));
  }

  @Query(() => String)
  page(@Args() paging: PagingArgs, @Ctx('user') user: string, @Info() info: GraphQLResolveInfo): string {
    return JSON.stringify(described({ paging, user, field: info.fieldName }));
  }

  @Query(() => [Thing])
  things(): Thing[] {
    return [{ name: 'a' }, { name: 'b' }];
  }

  @Query(() => String)
  @UseMiddleware(async (_data, next) => `wrapped ${await next()}`)
  withMiddleware(@Arg('n', () => Int) n: number): string {
    return `n=${n}`;
  }

  @FieldResolver(() => String)
  greeting(@Root() thing: Thing, @Arg('to', () => String) to: string, @Arg('window', () => Window, { nullable: true }) window?: Window): string {
    return `${thing.name} to ${to} ${JSON.stringify(described(window))}`;
  }
}

@InterfaceType({ resolveType: (value: { kind: string }) => (value.kind === 'plain' ? 'PlainShape' : 'FancyShape') })
abstract class Shape {
  @Field() kind!: string;
}
@ObjectType({ implements: Shape }) class PlainShape extends Shape {}
@ObjectType({ implements: Shape }) class FancyShape extends Shape {}

@Resolver(() => Shape)
class ShapeResolver {
  @Query(() => [Shape])
  shapes(): { kind: string }[] {
    return [{ kind: 'plain' }, { kind: 'fancy' }];
  }

  @FieldResolver(() => String)
  label(@Root() shape: { kind: string }, @Arg('prefix', () => String) prefix: string): string {
    return `${prefix} ${shape.kind} shape`;
  }
}

/** Overrides the interface's resolver for one type, behind a middleware: that type must keep type-graphql's wrapper, not get the interface's method. */
@Resolver(() => FancyShape)
class FancyShapeResolver {
  @FieldResolver(() => String)
  @UseMiddleware(async (_data, next) => `${await next()}!`)
  label(@Root() shape: { kind: string }, @Arg('prefix', () => String) prefix: string): string {
    return `${prefix} very ${shape.kind}`;
  }
}

const RESOLVERS = [ThingResolver, ShapeResolver, FancyShapeResolver] as const;
const build = (): GraphQLSchema => buildSchemaSync({ resolvers: RESOLVERS, orphanedTypes: [PlainShape, FancyShape], validateFn: validateArgument, authChecker: () => true });
const wrapped = build();
const direct = build();
callResolversDirectly(direct, { resolvers: RESOLVERS, validate: validateArgument });

const run = async (schema: GraphQLSchema, source: string, variableValues?: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(await graphql({ schema, source, variableValues, contextValue: { user: 'ada' } })));

/** Both schemas' answers, which must be equal; the direct one is returned for exact expectations. */
async function answer(source: string, variableValues?: Record<string, unknown>) {
  const [viaWrapper, viaDirect] = [await run(wrapped, source, variableValues), await run(direct, source, variableValues)];
  expect(viaDirect).toEqual(viaWrapper);
  return viaDirect;
}

const parsed = (data: Record<string, string>, field: string) => JSON.parse(data[field]);

describe('resolvers called directly', () => {
  it('gives an @Arg input object as instances of its classes, nested and in lists, with enums and ids as given', async () => {
    const res = await answer(`{ echo(colours: [BLUE, RED], filter: { ids: ["a", "b"], colour: RED, window: { days: 3 },
      windows: [{ from: "2026-01-01", days: 1 }, { days: 2 }], not: { colour: BLUE } }) }`);
    expect(parsed(res.data, 'echo')).toEqual({
      class: 'Object',
      filter: {
        class: 'Query1Filter', ids: ['a', 'b'], colour: 'RED', window: { class: 'Window', days: 3 },
        windows: [{ class: 'Window', from: '2026-01-01', days: 1 }, { class: 'Window', days: 2 }],
        not: { class: 'Query1Filter', colour: 'BLUE' },
      },
      colours: ['BLUE', 'RED'],
      n: 7,
    });
  });

  it('gives absent arguments as undefined and explicit nulls as null', async () => {
    const res = await answer('{ echo(filter: { ids: null, window: null }) }');
    expect(parsed(res.data, 'echo')).toEqual({ class: 'Object', filter: { class: 'Query1Filter', ids: null, window: null }, colours: '<undefined>', n: 7 });
  });

  it('gives @Args as one instance with its initialisers as defaults, the context property and the info', async () => {
    const res = await answer('query($f: Query1Filter) { page(after: "c1", filter: $f) }', { f: { window: { days: 5 } } });
    expect(parsed(res.data, 'page')).toEqual({
      class: 'Object',
      paging: { class: 'PagingArgs', first: 20, note: 'initialised', after: 'c1', filter: { class: 'Query1Filter', window: { class: 'Window', days: 5 } } },
      user: 'ada',
      field: 'page',
    });
  });

  it('refuses arguments that break a constraint with the same error, nested ones included', async () => {
    const tooMany = await answer('{ page(first: 101) }');
    expect(tooMany.errors.map((e: { message: string }) => e.message)).toEqual(['Argument Validation Error']);
    expect(tooMany.errors[0].extensions.validationErrors[0].constraints).toEqual({ max: 'first must be at most 100' });
    const nested = await answer('{ echo(filter: { windows: [{ days: 1 }, { days: 400 }] }) }');
    expect(nested.errors[0].extensions.validationErrors[0].children[0].children[0].constraints).toEqual({ max: 'a window spans at most 365 days' });
    const list = await answer('{ echo(filter: { ids: ["a", "b", "c", "d"] }) }');
    expect(list.errors[0].extensions.validationErrors[0].constraints).toEqual({ arrayMaxSize: 'ids must contain no more than 3 elements' });
  });

  it('gives a field resolver its parent and arguments', async () => {
    const res = await answer('{ things { greeting(to: "you", window: { days: 2 }) } }');
    expect(res.data.things).toEqual([
      { greeting: 'a to you {"class":"Window","days":2}' },
      { greeting: 'b to you {"class":"Window","days":2}' },
    ]);
  });

  it('leaves a resolver with middlewares to type-graphql', async () => {
    expect((await answer('{ withMiddleware(n: 2) }')).data).toEqual({ withMiddleware: 'wrapped n=2' });
    const field = direct.getQueryType()!.getFields().withMiddleware;
    expect(field.resolve!({}, { n: 2 }, {}, {} as GraphQLResolveInfo)).toBeInstanceOf(Promise);
  });

  it("keeps an object type's own resolver, with its wrapper, over its interface's", async () => {
    expect((await answer('{ shapes { label(prefix: "a") } }')).data).toEqual({ shapes: [{ label: 'a plain shape' }, { label: 'a very fancy!' }] });
  });

  it('calls the method at once: an answer without a promise where type-graphql awaited the validation', async () => {
    const resolve = (schema: GraphQLSchema) => schema.getQueryType()!.getFields().page.resolve!({}, { first: 3 }, { user: 'x' }, { fieldName: 'page' } as GraphQLResolveInfo);
    expect(resolve(wrapped)).toBeInstanceOf(Promise);
    expect(JSON.parse(resolve(direct) as string).paging).toEqual({ class: 'PagingArgs', first: 3, note: 'initialised' });
  });

  it("calls every query and mutation of the app's schema directly, except the mutations with roles", () => {
    const schema = buildActorGraphSchema();
    const wrappedFields: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        // type-graphql's wrapper (2.0-rc.4, pinned) is the function that builds its `resolverData`.
        if (field.resolve?.toString().includes('resolverData')) wrappedFields.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrappedFields).toEqual(['Mutation.ingestArticle', 'Mutation.removeArticle', 'Mutation.mergeActors', 'Mutation.unmergeActors']);
  });
});
