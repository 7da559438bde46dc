/**
 * The JSON text of an answer. A compiled query's answer is written by a writer compiled from the
 * query's selection: it knows every property and its type in advance, where JSON.stringify
 * inspects each value, and it writes bytes into one buffer (./ascii-json.ts) instead of
 * concatenating a string of thousands of pieces that Node must flatten and encode again to send.
 * Everything else, and any answer the compiled writer refuses, goes to JSON.stringify. Both write
 * the same text: Apollo's `{"data":...}` and a newline, every character beyond ASCII escaped.
 */
import {
  getOperationAST, isAbstractType, isEnumType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType, Kind,
  type DocumentNode, type FieldNode, type FormattedExecutionResult, type FragmentDefinitionNode,
  type GraphQLInterfaceType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import { AsciiJsonWriter } from './ascii-json';

/** The whole text of an answer with its data, `{"data":...}` and a newline. */
export type AnswerWriter = (data: unknown) => string;

/** What an answer holds at a place: an object with these properties in this order, a list, a leaf. */
type Shape = { object: [string, Shape][] } | { list: Shape } | LeafShape;
type LeafShape = 'string' | 'number' | 'boolean' | 'any';

/**
 * A custom scalar declares the JSON type of its serialized values in its extensions as
 * `jsonType` (Date: 'string'); without one its values are written with JSON.stringify.
 */
interface ScalarJsonExtensions {
  jsonType?: Exclude<LeafShape, 'any'>;
}

const BUILT_IN_SCALARS: Record<string, LeafShape> = { Int: 'number', Float: 'number', String: 'string', ID: 'string', Boolean: 'boolean' };

/** One writer for every compiled answer: answers are written one at a time, synchronously. */
const out = new AsciiJsonWriter();

/**
 * A writer of the operation's answers, or null when the document holds no such operation.
 * Assumes a validated document.
 */
export function compileAnswerWriter(schema: GraphQLSchema, document: DocumentNode, operationName?: string): AnswerWriter | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const writeData = compileShape(selectionShape(schema, fragments, root, [operation.selectionSet]));
  return (data) => {
    out.start();
    out.raw('{"data":');
    writeData(data, out, refuse);
    out.raw('}\n');
    return out.text();
  };
}

function refuse(): never {
  throw new Error('a value the compiled answer writer does not write');
}

type ShapeWriter = (value: unknown, out: AsciiJsonWriter, refuse: () => never) => void;

/**
 * Generated code, as fast-json-stringify and graphql-jit do: property reads with constant keys
 * stay monomorphic per place in the answer, where one generic walker's keyed reads go megamorphic.
 * A value of another type than its place's (undefined, NaN, a number where a string belongs) is
 * refused, and JSON.stringify writes the whole answer, escaped alike: the same text either way.
 */
function compileShape(shape: Shape): ShapeWriter {
  let names = 0;
  const code = (v: string, s: Shape): string => {
    if (s === 'string') return `if (typeof ${v} === 'string') out.string(${v}); else if (${v} === null) out.raw('null'); else refuse();`;
    if (s === 'number') return `if (typeof ${v} === 'number' && isFinite(${v})) out.raw('' + ${v}); else if (${v} === null) out.raw('null'); else refuse();`;
    if (s === 'boolean') return `if (${v} === true) out.raw('true'); else if (${v} === false) out.raw('false'); else if (${v} === null) out.raw('null'); else refuse();`;
    if (s === 'any') return `{ const t = JSON.stringify(${v}); if (t === undefined) refuse(); out.json(t); }`;
    if ('list' in s) {
      const i = `i${names++}`;
      const item = `v${names++}`;
      return `if (${v} === null) out.raw('null'); else if (!Array.isArray(${v})) refuse(); else {
        out.byte(0x5b);
        for (let ${i} = 0; ${i} < ${v}.length; ${i}++) { if (${i} > 0) out.byte(0x2c); const ${item} = ${v}[${i}]; ${code(item, s.list)} }
        out.byte(0x5d);
      }`;
    }
    const parts = s.object.map(([key, property], k) => {
      const value = `v${names++}`;
      return `out.raw(${JSON.stringify(`${k ? ',' : '{'}${JSON.stringify(key)}:`)}); const ${value} = ${v}[${JSON.stringify(key)}]; ${code(value, property)}`;
    });
    return `if (${v} === null) out.raw('null'); else if (typeof ${v} !== 'object') refuse(); else {
      ${parts.length ? parts.join('\n') : 'out.byte(0x7b);'}
      out.byte(0x7d);
    }`;
  };
  // The code holds no value from a request: only schema and selection names, each written as a JSON string literal.
  return new Function('value', 'out', 'refuse', code('value', shape)) as ShapeWriter;
}

/**
 * The shape of an object selected on a type: its fields in the order graphql collects them,
 * which is the order of the answer's properties. A fragment on another type than an abstract
 * parent's own makes the object 'any': which fields come, and in which order, then depends on the
 * runtime type.
 */
function selectionShape(
  schema: GraphQLSchema, fragments: Map<string, FragmentDefinitionNode>,
  parent: GraphQLObjectType | GraphQLInterfaceType, selectionSets: readonly SelectionSetNode[],
): Shape {
  const fields = new Map<string, FieldNode[]>();
  const applies = (typeName: string | undefined): boolean | null => {
    if (typeName === undefined || typeName === parent.name) return true;
    const condition = schema.getType(typeName);
    if (isAbstractType(parent)) return null;
    return isAbstractType(condition) && schema.isSubType(condition, parent);
  };
  const collect = (set: SelectionSetNode): boolean => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        const same = fields.get(name);
        if (same) same.push(selection);
        else fields.set(name, [selection]);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) return false;
      const ok = applies(fragment.typeCondition?.name.value);
      if (ok === null) return false;
      if (ok && !collect(fragment.selectionSet)) return false;
    }
    return true;
  };
  if (!selectionSets.every(collect)) return 'any';
  const properties: [string, Shape][] = [];
  for (const [responseName, nodes] of fields) {
    const fieldName = nodes[0].name.value;
    if (fieldName === '__typename') {
      properties.push([responseName, 'string']);
      continue;
    }
    const field = parent.getFields()[fieldName];
    const subSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    properties.push([responseName, field ? typeShape(schema, fragments, field.type, subSets) : 'any']);
  }
  return { object: properties };
}

function typeShape(
  schema: GraphQLSchema, fragments: Map<string, FragmentDefinitionNode>,
  type: GraphQLOutputType, selectionSets: readonly SelectionSetNode[],
): Shape {
  // Every place may hold null: a null where the schema says non-null is an error, never written here.
  if (isNonNullType(type)) return typeShape(schema, fragments, type.ofType, selectionSets);
  if (isListType(type)) return { list: typeShape(schema, fragments, type.ofType, selectionSets) };
  if (isEnumType(type)) return 'string';
  if (isScalarType(type)) return BUILT_IN_SCALARS[type.name] ?? (type.extensions as ScalarJsonExtensions).jsonType ?? 'any';
  if (isObjectType(type) || isInterfaceType(type)) return selectionShape(schema, fragments, type, selectionSets);
  return 'any'; // a union: only fragments select its fields
}

/** The writers of compiled answers, by the answer's data (Apollo passes that object on as is). */
const writers = new WeakMap<object, AnswerWriter>();

/** Marks an answer's data as one its compiled writer can write. */
export function writeWith(data: object, writer: AnswerWriter): void {
  writers.set(data, writer);
}

/**
 * The data of an answer that holds nothing else (no errors, no extensions), or null: Apollo passes
 * `{ errors, data, extensions }` afresh for every answer, with the data object as it was made.
 */
export function dataOnly(result: FormattedExecutionResult): Record<string, unknown> | null {
  return result.data && !result.errors && !result.extensions ? result.data : null;
}

/** The answer's text: `JSON.stringify(result)` and a newline, as Apollo writes it, with every character beyond ASCII escaped. */
export function answerText(result: FormattedExecutionResult): string {
  const data = dataOnly(result);
  const write = data && writers.get(data);
  if (write) {
    try {
      return write(data);
    } catch {
      // A value the compiled writer refuses (a number that is NaN, say): JSON.stringify writes it.
    }
  }
  out.start();
  out.json(JSON.stringify(result));
  out.byte(0x0a);
  return out.text();
}
