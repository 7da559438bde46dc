/**
 * Checks the shape of a parsed JSON file (gold or prediction) field by field, so that a bad file
 * is refused with the file and the field named instead of scoring nonsense or crashing.
 */
import { BadInputError } from '../domain/errors';

/** Bad evaluation input: a missing folder, an unreadable file, a field of the wrong shape. */
export class EvalInputError extends BadInputError {}

type Json = Record<string, unknown>;

export class JsonShape {
  /** `source` names the file in every message ("gold eval/dev-real/d01.gold.json"). */
  constructor(private readonly source: string) {}

  fail(path: string, problem: string): never {
    throw new EvalInputError(`${this.source}: ${path ? `${path} ` : ''}${problem}`);
  }

  object(v: unknown, path: string): Json {
    if (!v || typeof v !== 'object' || Array.isArray(v)) this.fail(path, 'must be an object');
    return v as Json;
  }

  list(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'must be a list');
    return v;
  }

  /** A list that may be absent (read as empty). */
  optionalList(v: unknown, path: string): unknown[] {
    return v === undefined ? [] : this.list(v, path);
  }

  string(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, 'must be a string');
    return v;
  }

  nullableString(v: unknown, path: string): string | null | undefined {
    if (v !== undefined && v !== null && typeof v !== 'string') this.fail(path, 'must be a string or null');
    return v as string | null | undefined;
  }

  strings(v: unknown, path: string): string[] {
    return this.list(v, path).map((x, i) => this.string(x, `${path}[${i}]`));
  }

  optionalStrings(v: unknown, path: string): string[] | undefined {
    return v === undefined ? undefined : this.strings(v, path);
  }

  index(v: unknown, path: string): number {
    if (!Number.isInteger(v) || (v as number) < 0) this.fail(path, 'must be a whole number >= 0');
    return v as number;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
    if (!allowed.includes(v as T)) this.fail(path, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
    return v as T;
  }

  optionalOneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T | undefined {
    return v === undefined ? undefined : this.oneOf(v, path, allowed);
  }
}
