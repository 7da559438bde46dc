import neo4j from 'neo4j-driver';
import {
  asCount, asEnum, asNullableString, asString, asStringList, int, Neo4jValueError, plainRecord, toPlain,
} from '../../../src/store/neo4j/values';

describe('neo4j values', () => {
  it.each([
    ['a small Integer', neo4j.int(42), 42],
    ['a negative Integer', neo4j.int(-7), -7],
    ['the largest safe Integer', neo4j.int(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    ['an Integer beyond 2^53 (as its decimal string)', neo4j.int('9007199254740993'), '9007199254740993'],
    ['a huge negative Integer', neo4j.int('-9223372036854775808'), '-9223372036854775808'],
    ['a safe bigint', BigInt(12), 12],
    ['an unsafe bigint', BigInt('12345678901234567890'), '12345678901234567890'],
    ['a Date', new neo4j.types.Date(2025, 7, 3), '2025-07-03'],
    ['a Date with Integer fields', new neo4j.types.Date(neo4j.int(2025), neo4j.int(1), neo4j.int(9)), '2025-01-09'],
    ['a DateTime (its own calendar date)', new neo4j.types.DateTime(2025, 7, 3, 23, 30, 0, 0, 7200), '2025-07-03'],
    ['a DateTime in a named zone', new neo4j.types.DateTime(2024, 11, 11, 8, 0, 0, 0, undefined, 'Europe/Berlin'), '2024-11-11'],
    ['a LocalDateTime', new neo4j.types.LocalDateTime(2025, 12, 31, 23, 59, 59, 0), '2025-12-31'],
    ['a Date in year 33', new neo4j.types.Date(33, 4, 3), '0033-04-03'],
    ['null', null, null],
    ['undefined', undefined, null],
    ['a string', 'Putin', 'Putin'],
    ['a float', 1.5, 1.5],
    ['a boolean', true, true],
  ])('maps %s', (_what, value, expected) => {
    expect(toPlain(value)).toEqual(expected);
  });

  it('maps a Node to its labels and plain properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Actor', 'Person'], {
      id: 'vladimir-putin', aliases: ['Putin'], mentions: neo4j.int(3), since: new neo4j.types.Date(2000, 5, 7),
    }, '4:abc:1');
    expect(toPlain(node)).toEqual({
      elementId: '4:abc:1', labels: ['Actor', 'Person'],
      properties: { id: 'vladimir-putin', aliases: ['Putin'], mentions: 3, since: '2000-05-07' },
    });
  });

  it('maps a Relationship to its type, ends and plain properties', () => {
    const rel = new neo4j.types.Relationship(
      neo4j.int(9), neo4j.int(1), neo4j.int(2), 'MENTIONS', { count: neo4j.int(2), quote: null }, '5:abc:9', '4:abc:1', '4:abc:2',
    );
    expect(toPlain(rel)).toEqual({
      elementId: '5:abc:9', type: 'MENTIONS', startElementId: '4:abc:1', endElementId: '4:abc:2',
      properties: { count: 2, quote: null },
    });
  });

  it('maps lists and maps element by element', () => {
    expect(toPlain({ ids: ['a', 'b'], counts: [neo4j.int(1), neo4j.int(2)], nested: { date: new neo4j.types.Date(2025, 6, 25), none: null } }))
      .toEqual({ ids: ['a', 'b'], counts: [1, 2], nested: { date: '2025-06-25', none: null } });
  });

  it('maps a record field by field', () => {
    const record = new neo4j.types.Record(['count', 'actor'], [neo4j.int(5), { id: 'RUS' }]);
    expect(plainRecord(record)).toEqual({ count: 5, actor: { id: 'RUS' } });
  });

  it('refuses a count beyond the safe integer range with a message naming the field', () => {
    expect(() => asCount(toPlain(neo4j.int('9007199254740993')), 'mentions.count'))
      .toThrow(new Neo4jValueError('Neo4j returned 9007199254740993 for mentions.count, beyond the safe integer range of JavaScript'));
  });

  it('names the field and the value when a value has the wrong type', () => {
    expect(() => asString(3, 'actor.name')).toThrow('Neo4j returned 3 for actor.name; expected a string');
    expect(() => asEnum('FRIEND', ['PERSON', 'COUNTRY'] as const, 'actor.kind')).toThrow(/actor\.kind; expected one of PERSON, COUNTRY/);
    expect(asNullableString(null, 'x')).toBeNull();
    expect(asStringList(null, 'aliases')).toEqual([]);
  });

  it('sends integer parameters as Neo4j Integers, not floats', () => {
    expect(neo4j.isInt(int(10))).toBe(true);
    expect(int(10).toNumber()).toBe(10);
    expect(() => int(Number.NaN)).toThrow(Neo4jValueError);
  });
});
