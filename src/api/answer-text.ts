/**
 * The JSON text of an answer. A compiled query's answer is written by a writer compiled from the
 * query's selection: it knows every property and its type in advance, where JSON.stringify
 * inspects each value, and it writes bytes into one buffer (./ascii-json.ts) instead of
 * concatenating a string of thousands of pieces that Node must flatten and encode again to send.
 * Everything else goes to JSON.stringify (an answer the compiled writer refuses is executed again
 * by graphql-js: ./compiled-execution.ts). Both write the same text: Apollo's `{"data":...}` and a
 * newline, every character beyond ASCII escaped.
 */
import type { DocumentNode, FieldNode, FormattedExecutionResult, GraphQLScalarType, GraphQLSchema } from 'graphql';
import { AsciiJsonWriter } from './ascii-json';
import { answerShape, type Shape } from './answer-shape';

export interface CompiledAnswer {
  /** The whole text of an answer from its data, `{"data":...}` and a newline; throws on a value its place cannot hold. */
  write: (data: unknown) => string;
  /** The fields whose values it reads as their resolvers returned them (./passed-fields.ts). */
  passed: ReadonlySet<FieldNode>;
}

/** One writer for every compiled answer: answers are written one at a time, synchronously. */
const out = new AsciiJsonWriter();

/**
 * The writer of the operation's answers, or null when the document holds no such operation.
 * Assumes a validated document.
 */
export function compileAnswer(schema: GraphQLSchema, document: DocumentNode, operationName?: string): CompiledAnswer | null {
  const shape = answerShape(schema, document, operationName);
  if (!shape) return null;
  const writeData = compileShape(shape.data);
  return {
    write: (data) => {
      out.start();
      out.raw('{"data":');
      writeData(data);
      out.raw('}\n');
      return out.text();
    },
    passed: shape.passed,
  };
}

function refuse(): never {
  throw new Error('a value the compiled answer writer does not write');
}

/**
 * Generated code, as fast-json-stringify and graphql-jit do: property reads with constant keys
 * stay monomorphic per place in the answer, where one generic walker's keyed reads go megamorphic.
 * A value of another type than its place's (NaN, a number where a string belongs, null where the
 * schema says non-null in a passed value) is refused: compiled execution then leaves the answer to
 * graphql-js. Undefined is null, as graphql reads a missing property.
 */
function compileShape(shape: Shape): (value: unknown) => void {
  let names = 0;
  const scalars: GraphQLScalarType[] = [];
  const code = (v: string, s: Shape, nullable = true): string => {
    if (typeof s === 'object' && 'nonNull' in s) return `if (${v} == null) refuse(); else { ${code(v, s.nonNull, false)} }`;
    const body = valueCode(v, s);
    return nullable ? `if (${v} == null) out.raw('null'); else { ${body} }` : body;
  };
  const valueCode = (v: string, s: Exclude<Shape, { nonNull: Shape }>): string => {
    if (s === 'string') return `if (typeof ${v} === 'string') out.string(${v}); else refuse();`;
    if (s === 'number') return `if (typeof ${v} === 'number' && isFinite(${v})) out.raw('' + ${v}); else refuse();`;
    if (s === 'boolean') return `if (${v} === true) out.raw('true'); else if (${v} === false) out.raw('false'); else refuse();`;
    if (s === 'any') return `{ const t = JSON.stringify(${v}); if (t === undefined) refuse(); out.json(t); }`;
    if ('scalar' in s) {
      // As graphql-js: a serializer's null is an error.
      const serialized = `v${names++}`;
      scalars.push(s.scalar);
      return `const ${serialized} = scalars[${scalars.length - 1}].serialize(${v}); ${code(serialized, { nonNull: s.as })}`;
    }
    if ('list' in s) {
      const i = `i${names++}`;
      const item = `v${names++}`;
      return `if (!Array.isArray(${v})) refuse();
        out.byte(0x5b);
        for (let ${i} = 0; ${i} < ${v}.length; ${i}++) { if (${i} > 0) out.byte(0x2c); const ${item} = ${v}[${i}]; ${code(item, s.list)} }
        out.byte(0x5d);`;
    }
    const parts = s.object.map((property, k) => {
      const key = `out.raw(${JSON.stringify(`${k ? ',' : '{'}${JSON.stringify(property.key)}:`)});`;
      if ('typename' in property) return `${key} out.raw(${JSON.stringify(JSON.stringify(property.typename))});`;
      const value = `v${names++}`;
      return `${key} const ${value} = ${v}[${JSON.stringify(property.read)}]; ${code(value, property.shape)}`;
    });
    return `if (typeof ${v} !== 'object') refuse();
      ${parts.length ? parts.join('\n') : 'out.byte(0x7b);'}
      out.byte(0x7d);`;
  };
  // The code holds no value from a request: only schema and selection names, each written as a JSON string literal.
  const write = new Function('value', 'out', 'refuse', 'scalars', code('value', shape)) as
    (value: unknown, out: AsciiJsonWriter, refuse: () => never, scalars: readonly GraphQLScalarType[]) => void;
  return (value) => write(value, out, refuse, scalars);
}

/** The texts of answers, by the answer's data (Apollo passes that object on as is). */
const texts = new WeakMap<object, string>();

/** Keeps the text written for an answer's data: answerText gives it. */
export function keepText(data: object, text: string): void {
  texts.set(data, text);
}

/**
 * The data of an answer that holds nothing else (no errors, no extensions), or null: Apollo passes
 * `{ errors, data, extensions }` afresh for every answer, with the data object as it was made.
 */
function dataOnly(result: FormattedExecutionResult): Record<string, unknown> | null {
  return result.data && !result.errors && !result.extensions ? result.data : null;
}

/**
 * Apollo's `stringifyResult` (server.ts): the answer's text, `JSON.stringify(result)` and a
 * newline with every character beyond ASCII escaped. Written once per data object: a response
 * cache hit sends the same answer again, compiled answers come written.
 */
export function answerText(result: FormattedExecutionResult): string {
  const data = dataOnly(result);
  let text = data && texts.get(data);
  if (!text) {
    out.start();
    out.json(JSON.stringify(result));
    out.byte(0x0a);
    text = out.text();
    if (data) texts.set(data, text);
  }
  return text;
}
