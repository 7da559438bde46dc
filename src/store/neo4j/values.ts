/**
 * Driver values to domain values, in one place. Every record the adapter reads passes through
 * `toPlain` first; record mappers then read plain JSON-like values with the `as*` helpers, which
 * say which field was wrong when the database holds something unexpected.
 *
 * - Integer (and bigint): a JS number when it is a safe integer, else its decimal string
 *   (`asCount` refuses such a string with a clear error, for fields that must be numbers).
 * - Date, DateTime, LocalDateTime: the ISO calendar date `YYYY-MM-DD` (in the value's own offset).
 * - Node: `{ elementId, labels, properties }`; Relationship: `{ elementId, type, startElementId,
 *   endElementId, properties }`; Path: `{ nodes, relationships }`.
 * - Other temporal and spatial values: their ISO/WKT-like string.
 * - Lists and maps: element by element. null/undefined: null.
 */
import neo4j from 'neo4j-driver';
import type { IsoDate } from '../../domain/extraction';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export class Neo4jValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jValueError';
  }
}

export interface PlainNode { elementId: string; labels: string[]; properties: Record<string, Plain> }
export interface PlainRelationship {
  elementId: string; type: string; startElementId: string; endElementId: string; properties: Record<string, Plain>;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return bigIntToPlain(value);
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) {
    return isoDate(value.year, value.month, value.day);
  }
  if (neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value) || neo4j.isPoint(value)) {
    return String(value);
  }
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: plainMap(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId, type: value.type, startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId, properties: plainMap(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  throw new Neo4jValueError(`Cannot map a Neo4j value of type ${typeof value}`);
}

function plainMap(map: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [key, v] of Object.entries(map)) out[key] = toPlain(v);
  return out;
}

function bigIntToPlain(value: bigint): Plain {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

function isoDate(year: unknown, month: unknown, day: unknown): IsoDate {
  const y = Number(toPlain(year));
  const m = Number(toPlain(month));
  const d = Number(toPlain(day));
  const yyyy = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`;
  return `${yyyy}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A record's fields, mapped with `toPlain`. */
export function plainRecord(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}

// ---------------------------------------------------------------- reading plain values

function fail(field: string, expected: string, value: Plain | undefined): never {
  const shown = value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60);
  throw new Neo4jValueError(`Neo4j returned ${shown} for ${field}; expected ${expected}`);
}

export function asString(value: Plain | undefined, field: string): string {
  if (typeof value !== 'string') fail(field, 'a string', value);
  return value;
}

export function asNullableString(value: Plain | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  return asString(value, field);
}

/** A count or other integer that must be a JS number (a huge Integer arrives as a string). */
export function asCount(value: Plain | undefined, field: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    throw new Neo4jValueError(`Neo4j returned ${value} for ${field}, beyond the safe integer range of JavaScript`);
  }
  return fail(field, 'a number', value);
}

export function asBoolean(value: Plain | undefined, field: string): boolean {
  if (typeof value !== 'boolean') fail(field, 'a boolean', value);
  return value;
}

export function asStringList(value: Plain | undefined, field: string): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) fail(field, 'a list of strings', value);
  return value.map((v, n) => asString(v, `${field}[${n}]`));
}

export function asList(value: Plain | undefined, field: string): Plain[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) fail(field, 'a list', value);
  return value;
}

export function asMap(value: Plain | undefined, field: string): Record<string, Plain> {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) fail(field, 'a map', value);
  return value;
}

/** One of a fixed set of strings (an enum of the domain). */
export function asEnum<T extends string>(value: Plain | undefined, allowed: readonly T[], field: string): T {
  const s = asString(value, field);
  if (!(allowed as readonly string[]).includes(s)) fail(field, `one of ${allowed.join(', ')}`, value);
  return s as T;
}

export function asNullableEnum<T extends string>(value: Plain | undefined, allowed: readonly T[], field: string): T | null {
  if (value === null || value === undefined) return null;
  return asEnum(value, allowed, field);
}

// ---------------------------------------------------------------- parameters

/** An integer parameter: JS numbers travel as floats, which LIMIT, list slices and procedures refuse. */
export function int(n: number): ReturnType<typeof neo4j.int> {
  if (!Number.isFinite(n)) throw new Neo4jValueError(`Not an integer parameter: ${n}`);
  return neo4j.int(Math.trunc(n));
}
