/**
 * The compiled answer writer (src/api/answer-text.ts) must write what JSON.stringify writes, for
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

const NETWORK = '{ network(center: "x") { nodes { id name kind } edges { source target directed weight types firstDate lastDate } } }';

describe('compiled answer writer', () => {
  it('writes strings, numbers, booleans, nulls and lists as JSON.stringify does', () => {
    const names = [
      'plain', 'Ängela Mérkel', 'quote " and backslash \\ inside', 'tab\tnew\nline\u0001ctl', 'lone \ud800 surrogate', 'emoji 🇺🇦 pair',
      `a long name over forty-two characters, with "quotes" and ${'x'.repeat(60)}`, '',
    ];
    const data = {
      network: {
        nodes: names.map((name, k) => ({ id: `id-${k}`, name, kind: k % 2 ? 'PERSON' : 'COUNTRY' })),
        edges: [
          { source: 'a', target: 'b', directed: false, weight: 3, types: ['CALL', 'MEETING'], firstDate: '2025-01-02', lastDate: null },
          { source: 'b', target: 'a', directed: true, weight: 0, types: [], firstDate: null, lastDate: '2026-12-31' },
        ],
      },
    };
    expect(writerOf(NETWORK)(data)).toBe(JSON.stringify(data));
    expect(writerOf(NETWORK)({ network: null })).toBe('{"network":null}');
  });

  it('writes the fields in the order the query selects them, aliases and repeated fields merged', () => {
    const write = writerOf('{ path(from: "a", to: "b") { length hops { b: to { name id } a: from { id } hops: interactions { id } hops: interactions { date } } } }');
    const data = { path: { length: 1, hops: [{ b: { name: 'B', id: 'b' }, a: { id: 'a' }, hops: [{ id: 'i1', date: '2025-03-04' }] }] } };
    expect(write(data)).toBe(JSON.stringify(data));
  });

  it('writes objects of an interface whose fields depend on their type as JSON.stringify does', () => {
    const write = writerOf('{ actors(first: 2) { edges { node { __typename ... on Person { title } ... on Country { name } id } } } }');
    const data = { actors: { edges: [{ node: { __typename: 'Person', title: 'President', id: 'p' } }, { node: { __typename: 'Country', name: 'Chad', id: 'TCD' } }] } };
    expect(write(data)).toBe(JSON.stringify(data));
  });

  it('has no writer for an operation the document does not hold', () => {
    expect(compileAnswerWriter(schema, parse('query A { stats { articles } }'), 'B')).toBeNull();
  });

  it('gives the text Apollo writes, from the writer registered for the answer', () => {
    const data = { network: null };
    writeWith(data, () => '"from the writer"');
    expect(answerText({ data })).toBe('{"data":"from the writer"}\n');
    // Errors or extensions: the whole result as JSON.stringify writes it.
    expect(answerText({ data, errors: [{ message: 'm' }] })).toBe('{"data":{"network":null},"errors":[{"message":"m"}]}\n');
  });

  it('falls back to JSON.stringify for a value the compiled writer refuses', () => {
    const data = { network: { nodes: [], edges: [{ source: 'a', target: 'b', directed: false, weight: Number.NaN, types: [] }] } };
    writeWith(data, writerOf(NETWORK));
    expect(() => writerOf(NETWORK)(data)).toThrow();
    expect(answerText({ data })).toBe(`${JSON.stringify({ data })}\n`);
  });
});
