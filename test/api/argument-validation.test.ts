/**
 * Argument validation (src/api/argument-validation.ts) passes an argument at once only when
 * class-validator would find nothing wrong with it, and otherwise throws class-validator's own
 * errors: checked for every constrained property of every argument and input class of the schema,
 * at and around each constraint's bounds, alone and inside the arguments that hold it.
 */
import { getMetadataStorage as validatorMetadata, validateSync, ValidationTypes, type ValidationError } from 'class-validator';
import { ArgumentValidationError, getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { validateArgument } from '../../src/api/argument-validation';
import { buildActorGraphSchema } from '../../src/api/schema';

buildActorGraphSchema();
const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };
const classes = [...typeGraphqlMetadata().argumentTypes, ...typeGraphqlMetadata().inputTypes].map((t) => t.target as new () => object);
const metadatasOf = (target: Function) => validatorMetadata().getTargetValidationMetadatas(target, undefined as unknown as string, false, false);

/** What an error says, down its children. */
const summary = (errors: ValidationError[]): unknown[] => errors.map((e) => ({ property: e.property, constraints: e.constraints, children: summary(e.children ?? []) }));

/** Values at and around a constraint's bound, by the constraint's name. */
function valuesFor(name: string, bound: unknown, each: boolean): unknown[] {
  const n = typeof bound === 'number' ? bound : 3;
  const text = (length: number) => 'x'.repeat(Math.max(0, length));
  const list = (length: number) => Array.from({ length: Math.max(0, length) }, (_, i) => `v${i}`);
  const around = (make: (length: number) => unknown) => [make(n - 1), make(n), make(n + 1)];
  const plain = ({
    min: around((k) => k), max: around((k) => k),
    minLength: around(text), maxLength: around(text), length: [text(0), text(1), text(200), text(5000)],
    arrayMinSize: around(list), arrayMaxSize: around(list),
    isUrl: ['https://example.org/a', 'http://localhost:3000/x', 'not a url', 'ftp://example.org', ''],
    matches: ['', 'abc', 'ABC-123', '2025-07-03', ' spaced '],
  } as Record<string, unknown[]>)[name] ?? [0, 1, -1, '', 'x', [], ['x']];
  return each ? [plain.filter((v) => typeof v === 'string'), ...plain.map((v) => [v])] : [...plain, null, undefined];
}

/** Every instance worth checking of a class: each constrained property at each of its values. */
function casesOf(target: new () => object): object[] {
  const cases: object[] = [new target()];
  for (const m of metadatasOf(target)) {
    if (m.type === ValidationTypes.NESTED_VALIDATION) {
      const inner = typeGraphqlMetadata().fields.find((f) => f.target === target && f.name === m.propertyName)!.getType() as new () => object;
      for (const c of casesOf(inner)) cases.push(Object.assign(new target(), { [m.propertyName]: c }));
      cases.push(Object.assign(new target(), { [m.propertyName]: 'not an object' }));
      continue;
    }
    const [constraint] = validatorMetadata().getTargetValidatorConstraints(m.constraintCls);
    for (const value of valuesFor(constraint.name, m.constraints?.[0], m.each)) cases.push(Object.assign(new target(), { [m.propertyName]: value }));
  }
  return cases;
}

describe('argument validation', () => {
  it('throws exactly when class-validator finds errors, with its errors', () => {
    let failing = 0;
    let passing = 0;
    for (const target of classes) {
      for (const item of casesOf(target)) {
        const expected = validateSync(item, OPTIONS);
        let thrown: unknown = null;
        try {
          validateArgument(item);
        } catch (e) {
          thrown = e;
        }
        if (expected.length === 0) {
          expect(thrown).toBeNull();
          passing++;
        } else {
          expect(thrown).toBeInstanceOf(ArgumentValidationError);
          expect(summary((thrown as ArgumentValidationError).extensions.validationErrors as ValidationError[])).toEqual(summary(expected));
          failing++;
        }
      }
    }
    // Both sides of every bound were reached.
    expect(failing).toBeGreaterThan(40);
    expect(passing).toBeGreaterThan(40);
  });

  it('checks a list of arguments item by item', () => {
    const target = classes.find((c) => metadatasOf(c).some((m) => m.type === ValidationTypes.CUSTOM_VALIDATION))!;
    const bad = casesOf(target).find((item) => validateSync(item, OPTIONS).length > 0)!;
    expect(() => validateArgument([new target(), bad])).toThrow(ArgumentValidationError);
    expect(() => validateArgument([new target(), new target()])).not.toThrow();
    expect(() => validateArgument('a string')).not.toThrow();
  });
});
