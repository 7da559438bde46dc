/**
 * The compiled answer writer (src/api/answer-text.ts, writing through src/api/ascii-json.ts) must
 * write what JSON.stringify writes, with every character beyond ASCII as a `\uXXXX` escape, for
 * every kind of value an answer holds; over HTTP, compiled-execution.test.ts compares whole
 * answers with graphql-js's byte for byte.
 */
import { parse } from 'graphql';
import { answerText, compileAnswerWriter, writeWith } from '../../src/api/answer-text';
import { buildActorGraphSchema } from '../../src/api/schema';

const schema = buildActorGraphSchema();
const writerOf = (query: string) => {
  const write = compileAnswerWriter(schema, parse(query));
  if (!write) throw new Error(`no writer for ${query}`);
  return write;
};

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
    expect(writerOf(NETWORK)({ network: null })).toBe('{"data":{"network":null}}\n');
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
    expect(compileAnswerWriter(schema, parse('query A { stats { articles } }'), 'B')).toBeNull();
  });

  it('gives the text Apollo writes, from the writer registered for the answer', () => {
    const data = { network: null };
    writeWith(data, () => '{"data":"from the writer"}\n');
    expect(answerText({ data })).toBe('{"data":"from the writer"}\n');
    // Errors or extensions: the whole result as JSON.stringify writes it, beyond ASCII escaped.
    expect(answerText({ data, errors: [{ message: 'Keine Akteurin „Merkel“' }] }))
      .toBe('{"data":{"network":null},"errors":[{"message":"Keine Akteurin \\u201eMerkel\\u201c"}]}\n');
  });

  it.each([
    ['a number that is NaN', { weight: Number.NaN }],
    ['an infinite number', { weight: Number.POSITIVE_INFINITY }],
    ['a property left undefined', { lastDate: undefined }],
    ['a string where a number belongs', { weight: '3' }],
    ['a number where a string belongs', { source: 7 }],
    ['a list that is not an array', { types: 'CALL' }],
    ['a string where a boolean belongs', { directed: 'yes' }],
  ])('falls back to JSON.stringify for %s', (_what, change) => {
    const data = { network: { nodes: [{ id: 'x', name: 'Ştefan', kind: 'PERSON' }], edges: [{ source: 'a', target: 'b', directed: false, weight: 1, types: [], firstDate: null, lastDate: null, ...change }] } };
    writeWith(data, writerOf(NETWORK));
    expect(() => writerOf(NETWORK)(data)).toThrow();
    expect(answerText({ data })).toBe(expectedText(data));
  });
});
