/**
 * What an operation's answer holds at each place, from its selection and the schema: the input of
 * the compiled answer writer (./answer-text.ts). It also decides which fields are passed
 * (./passed-fields.ts): those whose value the writer reads as their resolver returned it.
 */
import {
  getNamedType, getOperationAST, isAbstractType, isCompositeType, isEnumType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType, Kind,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLInterfaceType, type GraphQLObjectType,
  type GraphQLOutputType, type GraphQLScalarType, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';

/**
 * Executed values (graphql-jit's answer objects) are read by response key and were checked by
 * the execution: any place may hold null. A passed field's value is read as its resolver returned
 * it: by field name, null or undefined refused where the schema says non-null, custom scalars
 * serialized, `__typename` written from the type.
 */
export type Shape =
  | { object: Property[] }
  | { list: Shape }
  | { nonNull: Shape }
  | { scalar: GraphQLScalarType; as: LeafShape }
  | LeafShape;
/** 'any': written by JSON.stringify. */
export type LeafShape = 'string' | 'number' | 'boolean' | 'any';
/** A property of the answer (its key): read from the value, or a passed object's `__typename`. */
export type Property = { key: string; read: string; shape: Shape } | { key: string; typename: string };

/**
 * A custom scalar declares the JSON type of its serialized values in its extensions as
 * `jsonType` (Date: 'string'); without one its values are written with JSON.stringify.
 */
interface ScalarJsonExtensions {
  jsonType?: Exclude<LeafShape, 'any'>;
}

const BUILT_IN_SCALARS: Record<string, LeafShape> = { Int: 'number', Float: 'number', String: 'string', ID: 'string', Boolean: 'boolean' };

function jsonTypeOf(scalar: GraphQLScalarType): LeafShape {
  return (scalar.extensions as ScalarJsonExtensions).jsonType ?? 'any';
}

export interface AnswerShape {
  /** The shape of the answer's data. */
  data: Shape;
  /** The nodes of the outermost passed fields: graphql-jit passes their values on as they are. */
  passed: ReadonlySet<FieldNode>;
}

/** The shape of an operation's answers, or null when the document holds no such operation. Assumes a validated document. */
export function answerShape(schema: GraphQLSchema, document: DocumentNode, operationName?: string): AnswerShape | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walk = new ShapeWalk(schema, fragments, true);
  const data = walk.executed(root, [operation.selectionSet]);
  // A node of a named fragment used in several places may be passed in one and executed in another:
  // it cannot be both, so then no field is passed.
  if (![...walk.passed].some((node) => walk.executedNodes.has(node))) return { data, passed: walk.passed };
  return { data: new ShapeWalk(schema, fragments, false).executed(root, [operation.selectionSet]), passed: new Set() };
}

class ShapeWalk {
  readonly passed = new Set<FieldNode>();
  readonly executedNodes = new Set<FieldNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly findPassed: boolean,
  ) {}

  /** The shape of an object graphql-jit answers, selected on a type. */
  executed(parent: GraphQLObjectType | GraphQLInterfaceType, selectionSets: readonly SelectionSetNode[]): Shape {
    const fields = this.collect(parent, selectionSets);
    if (!fields) return this.allExecuted(selectionSets);
    const properties: Property[] = [];
    for (const [key, nodes] of fields) {
      const fieldName = nodes[0].name.value;
      if (fieldName === '__typename') {
        properties.push({ key, read: key, shape: 'string' });
        continue;
      }
      const below = subSelections(nodes);
      const field = parent.getFields()[fieldName];
      if (!field) {
        // __schema and __type: introspection, which graphql executes.
        for (const node of nodes) this.executedNodes.add(node);
        properties.push({ key, read: key, shape: this.allExecuted(below) });
        continue;
      }
      const { type } = field;
      const passed = this.findPassed && isCompositeType(getNamedType(type)) ? this.passedType(type, below) : null;
      for (const node of nodes) (passed ? this.passed : this.executedNodes).add(node);
      properties.push({ key, read: key, shape: passed ?? this.executedType(type, below) });
    }
    return { object: properties };
  }

  private executedType(type: GraphQLOutputType, selectionSets: readonly SelectionSetNode[]): Shape {
    // Execution has checked non-null places.
    if (isNonNullType(type)) return this.executedType(type.ofType, selectionSets);
    if (isListType(type)) return { list: this.executedType(type.ofType, selectionSets) };
    if (isEnumType(type)) return 'string';
    if (isScalarType(type)) return BUILT_IN_SCALARS[type.name] ?? jsonTypeOf(type);
    if (isObjectType(type) || isInterfaceType(type)) return this.executed(type, selectionSets);
    return this.allExecuted(selectionSets); // a union: only fragments select its fields
  }

  /** 'any' for a selection whose fields depend on the runtime type: every field node below it is executed. */
  private allExecuted(selectionSets: readonly SelectionSetNode[]): Shape {
    for (const set of selectionSets) {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) this.executedNodes.add(selection);
        const below = selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value)?.selectionSet : selection.selectionSet;
        if (below) this.allExecuted([below]);
      }
    }
    return 'any';
  }

  /** The shape of a value read as its resolver returned it, or null when graphql would do more than read properties. */
  private passedType(type: GraphQLOutputType, selectionSets: readonly SelectionSetNode[]): Shape | null {
    if (isNonNullType(type)) {
      const inner = this.passedType(type.ofType, selectionSets);
      return inner && { nonNull: inner };
    }
    if (isListType(type)) {
      const item = this.passedType(type.ofType, selectionSets);
      return item && { list: item };
    }
    if (isEnumType(type)) return 'string';
    if (isScalarType(type)) return BUILT_IN_SCALARS[type.name] ?? { scalar: type, as: jsonTypeOf(type) };
    if (isObjectType(type)) return this.passedObject(type, [type], selectionSets);
    if (isInterfaceType(type)) return this.passedObject(type, this.schema.getImplementations(type).objects, selectionSets);
    return null;
  }

  /**
   * Passed when every field selected has no arguments and, on every type the object can be, no
   * resolver and the same type: then which of the types a value is changes nothing, and its type
   * is not resolved. `__typename` only on an object type (an interface's needs its resolveType);
   * none with isTypeOf, which graphql would call on each value.
   */
  private passedObject(parent: GraphQLObjectType | GraphQLInterfaceType, runtimeTypes: readonly GraphQLObjectType[], selectionSets: readonly SelectionSetNode[]): Shape | null {
    const fields = this.collect(parent, selectionSets);
    if (!fields || runtimeTypes.some((t) => t.isTypeOf)) return null;
    const properties: Property[] = [];
    for (const [key, nodes] of fields) {
      const fieldName = nodes[0].name.value;
      if (fieldName === '__typename') {
        if (!isObjectType(parent)) return null;
        properties.push({ key, typename: parent.name });
        continue;
      }
      const field = parent.getFields()[fieldName];
      if (!field || field.args.length > 0) return null;
      if (runtimeTypes.some((t) => t.getFields()[fieldName]?.resolve || String(t.getFields()[fieldName]?.type) !== String(field.type))) return null;
      const shape = this.passedType(field.type, subSelections(nodes));
      if (!shape) return null;
      properties.push({ key, read: fieldName, shape });
    }
    return { object: properties };
  }

  /**
   * The fields selected on a type by response key, in the order graphql collects them (the order
   * of the answer's properties). Null when which fields come depends on more than the type: a
   * directive, or a fragment on another type than an abstract parent's own.
   */
  private collect(parent: GraphQLObjectType | GraphQLInterfaceType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> | null {
    const fields = new Map<string, FieldNode[]>();
    const applies = (typeName: string | undefined): boolean | null => {
      if (typeName === undefined || typeName === parent.name) return true;
      const condition = this.schema.getType(typeName);
      if (isAbstractType(parent)) return null;
      return isAbstractType(condition) && this.schema.isSubType(condition, parent);
    };
    const add = (set: SelectionSetNode): boolean => {
      for (const selection of set.selections) {
        if (selection.directives?.length) return false;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const same = fields.get(key);
          if (same) same.push(selection);
          else fields.set(key, [selection]);
          continue;
        }
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
        if (!fragment || fragment.directives?.length) return false;
        const ok = applies(fragment.typeCondition?.name.value);
        if (ok === null) return false;
        if (ok && !add(fragment.selectionSet)) return false;
      }
      return true;
    };
    return selectionSets.every(add) ? fields : null;
  }
}

function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}
