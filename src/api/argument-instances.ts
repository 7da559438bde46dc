/**
 * A resolver's arguments as type-graphql gives them to its method: each input object an instance
 * of its @InputType class, an @Args() parameter an instance of its @ArgsType class (property
 * initialisers kept as defaults), everything else as graphql coerced it. The same conversion as
 * type-graphql's `convertArgToInstance` / `convertArgsToInstance` (2.0), whose functions the package
 * does not export; here each class's fields are looked up once, where type-graphql searches its
 * metadata storage for every field of every argument on every call.
 */
import { GraphQLScalarType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** An argument's value (or the whole `args` object) -> what the method receives. */
export type Conversion = (value: unknown) => unknown;

type ClassMetadata = ReturnType<typeof getMetadataStorage>['inputTypes'][number];
type Class = new () => Record<string, unknown>;

/** The values type-graphql passes on as they are, by their constructor. */
const SIMPLE_TYPES: readonly unknown[] = [String, Boolean, Number, Date, Array, Promise];

/** type-graphql's convertToType: a plain object becomes an instance of the class, its own undefined defaults dropped. */
function toType(target: unknown, data: unknown): unknown {
  if (data == null || target instanceof GraphQLScalarType || SIMPLE_TYPES.includes((data as object).constructor)) return data;
  if (typeof target !== 'function' || data instanceof target) return data;
  if (Array.isArray(data)) return data.map((item) => toType(target, item));
  const instance = new (target as Class)();
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in (data as object))) delete instance[key];
  }
  return Object.assign(instance, data);
}

interface InputTree {
  target: Function;
  fields: { name: string; target: unknown; input: InputTree | null }[];
}

/**
 * Conversions of one metadata storage. Null for a class this does not mirror (one that inherits
 * fields from another decorated class): its resolver keeps type-graphql's wrapper.
 */
export class ArgumentInstances {
  private readonly storage = getMetadataStorage();
  private readonly trees = new Map<Function, InputTree | null | undefined>();

  /** An @Arg() parameter's value, or an @Args class's field's: `target` is what its type thunk gives. */
  ofArg(target: unknown): Conversion | null {
    const tree = typeof target === 'function' ? this.inputTree(target) : null;
    if (tree === undefined) return null;
    return this.values(target, tree);
  }

  /** An @Args() parameter: the whole `args` object as an instance of the class. */
  ofArgs(argsClass: Function): Conversion | null {
    const meta = this.storage.argumentTypes.find((t) => t.target === argsClass);
    if (!meta || this.inheritsFields(argsClass, this.storage.argumentTypes)) return null;
    const fields: { name: string; convert: Conversion }[] = [];
    for (const field of meta.fields ?? []) {
      const convert = this.ofArg(field.getType());
      if (!convert) return null;
      fields.push({ name: field.name, convert });
    }
    return (args) => {
      const given: Record<string, unknown> = {};
      for (const { name, convert } of fields) {
        const value = (args as Record<string, unknown>)[name];
        if (value !== undefined) given[name] = convert(value);
      }
      return toType(argsClass, given);
    };
  }

  /** type-graphql's convertValuesToInstances: lists item by item, input objects by their tree. */
  private values(target: unknown, tree: InputTree | null): Conversion {
    const one: Conversion = tree ? (value) => this.input(tree, value) : (value) => toType(target, value);
    const each: Conversion = (value) => (value == null ? value : Array.isArray(value) ? value.map(each) : one(value));
    return each;
  }

  /** type-graphql's convertToInput. */
  private input(tree: InputTree, data: unknown): unknown {
    if (data == null) return data;
    if (Array.isArray(data)) return data.map((item) => this.input(tree, item));
    const given: Record<string, unknown> = {};
    for (const field of tree.fields) {
      const value = (data as Record<string, unknown>)[field.name];
      if (value === undefined) continue;
      // An input field's list goes item by item through input() itself.
      given[field.name] = value === null || !field.input ? toType(field.target, value) : this.input(field.input, value);
    }
    return toType(tree.target, given);
  }

  /** The fields of an input class, nested input classes included; null: not an input class; undefined: not mirrored. */
  private inputTree(target: Function): InputTree | null | undefined {
    if (this.trees.has(target)) return this.trees.get(target);
    const meta = this.storage.inputTypes.find((t) => t.target === target);
    if (!meta) {
      this.trees.set(target, null);
      return null;
    }
    if (this.inheritsFields(target, this.storage.inputTypes)) {
      this.trees.set(target, undefined);
      return undefined;
    }
    const tree: InputTree = { target, fields: [] };
    this.trees.set(target, tree); // before the fields: an input type may hold itself
    for (const field of meta.fields ?? []) {
      const fieldTarget = field.getType();
      const input = typeof fieldTarget === 'function' ? this.inputTree(fieldTarget) : null;
      if (input === undefined) {
        this.trees.set(target, undefined);
        return undefined;
      }
      tree.fields.push({ name: field.name, target: fieldTarget, input });
    }
    return tree;
  }

  private inheritsFields(target: Function, metas: readonly ClassMetadata[]): boolean {
    for (let parent = Object.getPrototypeOf(target); parent?.prototype !== undefined; parent = Object.getPrototypeOf(parent)) {
      if (metas.some((m) => m.target === parent)) return true;
    }
    return false;
  }
}
