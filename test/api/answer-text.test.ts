/**
 * The compiled answer writer (src/api/answer-text.ts, writing through src/api/ascii-json.ts) must
 * write what JSON.stringify writes, with every character beyond ASCII as a `\uXXXX` escape, for
 * every kind of value an answer holds; over HTTP, compiled-execution.test.ts compares whole
 * answers with graphql-js's byte for byte.
 */
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import { answerText, compileAnswer, keepText } from '../../src/api/answer-text';
import { buildActorGraphSchema } from '../../src/api/schema';

const schema = buildActorGraphSchema();
const answerOf = (query: string, on: GraphQLSchema = schema) => {
  const answer = compileAnswer(on, parse(query));
  if (!answer) throw new Error(`no writer for ${query}`);
  return answer;
};
const writerOf = (query: string, on: GraphQLSchema = schema) => answerOf(query, on).write;
/** The response keys of the passed fields of a query, in document order. */
const passedOf = (query: string, on: GraphQLSchema = schema) => [...answerOf(query, on).passed].map((n) => n.alias?.value ?? n.name.value);

/** The expected text, written independently of the code under test: JSON.stringify's, each UTF-16 unit beyond ASCII escaped. */
const expectedText = (data: unknown): string =>
  `{"data":${JSON.stringify(data).replace(/[\u0080-\uffff]/g, (u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)}}\n`;

const NETWORK = '{ network(center: "x") { nodes { id name kind } edges { source target directed weight types firstDate lastDate } } }';

const NAMES = [
  'plain', 'Ängela Mérkel', 'Andrej Plenković', 'Recep Tayyip Erdoğan', 'Володимир Зеленський', '习近平',
  'quote " and backslash \\ inside', 'tab\tnew\nline\r\f\b\u0001ctl\u001f\u007f', 'lone \ud800 surrogate', 'low \udc00 alone', 'emoji 🇺🇦 pair',
  `a long name over forty-two characters, with "quotes" and ${'x'.repeat(60)}`, '',
];

const networkOf = (names: string[]) => ({
  network: {
    nodes: names.map((name, k) => ({ id: `id-${k}`, name, kind: k % 2 ? 'PERSON' : 'COUNTRY' })),
    edges: [
      { source: 'a', target: 'b', directed: false, weight: 3, types: ['CALL', 'MEETING'], firstDate: '2025-01-02', lastDate: null },
      { source: 'b', target: 'a', directed: true, weight: 0, types: [], firstDate: null, lastDate: '2026-12-31' },
      { source: 'c', target: 'd', directed: true, weight: -2.5, types: ['TALKS'], firstDate: null, lastDate: null },
      { source: 'e', target: 'f', directed: false, weight: 1e21, types: [], firstDate: null, lastDate: null },
    ],
  },
});

describe('compiled answer writer', () => {
  it('checks its own oracle: the expected text escapes each UTF-16 unit beyond ASCII and parses back to the data', () => {
    expect(expectedText({ a: 'é🇺' })).toBe('{"data":{"a":"\\u00e9\\ud83c\\uddfa"}}\n');
    expect(JSON.parse(expectedText({ a: 'é🇺' }))).toEqual({ data: { a: 'é🇺' } });
  });

  it('writes strings, numbers, booleans, nulls and lists as JSON.stringify does, beyond ASCII escaped', () => {
    const data = networkOf(NAMES);
    const text = writerOf(NETWORK)(data);
    expect(text).toBe(expectedText(data));
    expect(text).toMatch(/^[\x20-\x7f]*\n$/);
    expect(JSON.parse(text)).toEqual({ data });
  });

  it('writes strings far longer than its buffer, escaped or not, and the next answer whole', () => {
    const write = writerOf(NETWORK);
    for (const long of ['a'.repeat(300_000), 'ä'.repeat(300_000), `${'x'.repeat(70_000)}"${'ł'.repeat(100_000)}\n`, '\u0001'.repeat(800_000)]) {
      const data = networkOf([long, 'Olaf Scholz', long.slice(0, 1000)]);
      expect(write(data)).toBe(expectedText(data));
    }
    const small = networkOf(['Olaf Scholz']);
    expect(write(small)).toBe(expectedText(small));
    // An object whose fields depend on its runtime type goes through JSON.stringify and is then escaped.
    const byType = writerOf('{ actors(first: 2) { edges { node { ... on Person { title } id } } } }');
    const long = { actors: { edges: [{ node: { title: `${'ł'.repeat(150_000)}"${'x'.repeat(70_000)}`, id: 'p' } }] } };
    expect(byType(long)).toBe(expectedText(long));
  });

  it('writes the fields in the order the query selects them, aliases and repeated fields merged', () => {
    const write = writerOf('{ path(from: "a", to: "b") { length hops { b: to { name id } a: from { id } hops: interactions { id } hops: interactions { date } } } }');
    const data = { path: { length: 1, hops: [{ b: { name: 'Bölük', id: 'b' }, a: { id: 'a' }, hops: [{ id: 'i1', date: '2025-03-04' }] }] } };
    expect(write(data)).toBe(expectedText(data));
  });

  it('writes objects of an interface whose fields depend on their type as JSON.stringify does', () => {
    const write = writerOf('{ actors(first: 2) { edges { node { __typename ... on Person { title } ... on Country { name } id } } } }');
    const data = { actors: { edges: [{ node: { __typename: 'Person', title: 'Président', id: 'p' } }, { node: { __typename: 'Country', name: 'Côte d’Ivoire', id: 'CIV' } }] } };
    expect(write(data)).toBe(expectedText(data));
  });

  it('has no writer for an operation the document does not hold', () => {
    expect(compileAnswer(schema, parse('query A { stats { articles } }'), 'B')).toBeNull();
  });

  it('gives the text kept for an answer, and JSON.stringify\'s for anything else', () => {
    const data = { network: null };
    keepText(data, '{"data":"kept"}\n');
    expect(answerText({ data })).toBe('{"data":"kept"}\n');
    // Errors or extensions: the whole result as JSON.stringify writes it, beyond ASCII escaped.
    expect(answerText({ data, errors: [{ message: 'Keine Akteurin „Merkel“' }] }))
      .toBe('{"data":{"network":null},"errors":[{"message":"Keine Akteurin \\u201eMerkel\\u201c"}]}\n');
    const other = { stats: { articles: 3, note: 'Ünïcode' } };
    expect(answerText({ data: other })).toBe(expectedText(other));
  });

  it.each([
    ['a number that is NaN', { weight: Number.NaN }],
    ['an infinite number', { weight: Number.POSITIVE_INFINITY }],
    ['a string where a number belongs', { weight: '3' }],
    ['a number where a string belongs', { source: 7 }],
    ['a list that is not an array', { types: 'CALL' }],
    ['a string where a boolean belongs', { directed: 'yes' }],
    ['null where the schema says non-null', { weight: null }],
    ['a property left undefined where the schema says non-null', { source: undefined }],
    ['a date its scalar refuses', { firstDate: '7 May 2025' }],
  ])('refuses %s', (_what, change) => {
    const data = { network: { nodes: [{ id: 'x', name: 'Ştefan', kind: 'PERSON' }], edges: [{ source: 'a', target: 'b', directed: false, weight: 1, types: [], firstDate: null, lastDate: null, ...change }] } };
    expect(() => writerOf(NETWORK)(data)).toThrow();
  });

  it('writes a property left undefined where the schema allows null as null, as graphql reads it', () => {
    const edge = { source: 'a', target: 'b', directed: false, weight: 1, types: [], firstDate: '2025-01-02' };
    expect(writerOf(NETWORK)({ network: { nodes: [], edges: [edge] } })).toBe(expectedText({ network: { nodes: [], edges: [{ ...edge, lastDate: null }] } }));
  });
});

const PASSED_SCHEMA = buildSchema(`
  type Query { team(id: ID!): Team  teams: [Team!]!  member: Member  anything: Thing  search: [Hit!]! }
  type Team { id: ID!  name: String  members: [Member!]!  lead: Member!  founded: Date }
  interface Thing { id: ID! }
  type Member implements Thing { id: ID!  name: String!  tags: [String!]  friends(first: Int): [Member!] }
  type Place implements Thing { id: ID!  name: String! }
  union Hit = Team | Member
  scalar Date
`);
// buildSchema gives no resolvers: a resolver on a field makes its selection executed.
(PASSED_SCHEMA.getType('Team') as import('graphql').GraphQLObjectType).getFields().lead.resolve = (team: any) => team.members[0];

describe('passed fields', () => {
  it.each([
    ['a field whose selection only reads properties', '{ teams { id name members { id name tags } } }', ['teams']],
    ['each field of the root on its own', '{ a: team(id: "1") { id } b: team(id: "2") { name } }', ['a', 'b']],
    ['__typename and fragments on the type itself', '{ teams { __typename ... on Team { id } ...t } } fragment t on Team { name }', ['teams']],
    ['an interface whose every type reads the fields', '{ anything { id } }', ['anything']],
    ['the value of a field with a resolver, below an executed object', '{ teams { id lead { id name } } }', ['lead']],
    ['a fragment\'s field wherever it is passed', '{ member { ...m } teams { lead { ...m } members { ...m } } } fragment m on Member { id friends(first: 1) { id } }', ['friends']],
  ])('passes %s', (_what, query, passed) => {
    expect(passedOf(query, PASSED_SCHEMA)).toEqual(passed);
  });

  it.each([
    ['a field with a resolver below', '{ teams { id lead { id } } }', ['lead']],
    ['a field with arguments below', '{ member { id friends(first: 2) { id } } }', ['friends']],
    ['a directive below', '{ teams { id name @include(if: true) } }', []],
    ['__typename of an interface', '{ anything { __typename id } }', []],
    ['a fragment on one type of an interface', '{ anything { ... on Member { name } } }', []],
    ['a union', '{ search { ... on Team { id } } }', []],
    ['a fragment\'s field passed in one place and executed in another (a union\'s)', '{ team(id: "1") { lead { id } ...f } search { ... on Team { ...f } } } fragment f on Team { members { id } }', []],
  ])('executes a field with %s', (_what, query, passed) => {
    expect(passedOf(query, PASSED_SCHEMA)).toEqual(passed);
  });

  it('executes an object whose type checks its values (isTypeOf)', () => {
    const checked = buildSchema('type Query { team: Team } type Team { id: ID }');
    expect(passedOf('{ team { id } }', checked)).toEqual(['team']);
    (checked.getType('Team') as import('graphql').GraphQLObjectType).isTypeOf = (value) => typeof value === 'object';
    expect(passedOf('{ team { id } }', checked)).toEqual([]);
  });

  it('reads passed values by field name and writes them under their aliases, __typename from the type', () => {
    const write = writerOf('{ teams { __typename key: id n: name members { who: name id } founded } }', PASSED_SCHEMA);
    const teams = [{ id: 't', name: 'Ünited', members: [{ id: 'm', name: 'Zoë', tags: ['x'], secret: 1 }], founded: '2020-02-02', secret: 2 }];
    expect(write({ teams })).toBe(expectedText({ teams: [{ __typename: 'Team', key: 't', n: 'Ünited', members: [{ who: 'Zoë', id: 'm' }], founded: '2020-02-02' }] }));
  });

  it('serializes custom scalars of passed values, and refuses what the scalar throws on or gives as null', () => {
    const scalarSchema = buildSchema('type Query { teams: [Team!]! } type Team { founded: Date } scalar Date');
    const date = scalarSchema.getType('Date') as import('graphql').GraphQLScalarType;
    date.serialize = (v: unknown) => { if (v === 'bad') throw new TypeError('not a date'); return v === 'none' ? null : `<${String(v)}>`; };
    const write = writerOf('{ teams { founded } }', scalarSchema);
    expect(write({ teams: [{ founded: 'd' }, { founded: null }, {}] })).toBe(expectedText({ teams: [{ founded: '<d>' }, { founded: null }, { founded: null }] }));
    expect(() => write({ teams: [{ founded: 'bad' }] })).toThrow('not a date');
    expect(() => write({ teams: [{ founded: 'none' }] })).toThrow();
  });
});
