/**
 * type-graphql's argument validation: class-validator's constraints and its errors, made cheap
 * for arguments that pass. class-validator gathers a class's constraints anew on every call
 * (filtering its whole metadata store) and builds an error object per property checked: 5 µs of
 * a network's or a path's request, whose `depth`, `limit` and `maxHops` always have a value to
 * check. Here each argument class's constraints are gathered once into one check of the same
 * constraint functions; an argument that fails it, or whose class has constraints of a kind the
 * check does not know, goes to class-validator, which finds and words the failures as before.
 * Synchronous, without the `import()` of class-validator type-graphql makes per call: our
 * constraints are all synchronous.
 */
import { getMetadataStorage, validateSync, ValidationTypes, type ValidationArguments, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** What type-graphql's own validation passes class-validator: properties not given are not checked. */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

type Item = Record<string, unknown>;
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
/** True when the item passes every constraint of its class; false when class-validator must look. */
type Check = (item: Item) => boolean;

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

export function validateArgument(value: unknown): void {
  if (!isObject(value)) return;
  // Every argument of every request comes here: the passing case builds no arrays.
  if (Array.isArray(value) ? value.every(passes) : passes(value)) return;
  const items = (Array.isArray(value) ? value.filter(isObject) : [value]) as Item[];
  const errors = items.filter((item) => !passes(item)).flatMap((item) => validateSync(item, VALIDATOR_OPTIONS));
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

/** True when the value is no object or passes every constraint of its class. */
function passes(item: unknown): boolean {
  return !isObject(item) || checkOf(item.constructor)(item as Item);
}

const checks = new Map<Function, Check>();

function checkOf(target: Function): Check {
  let check = checks.get(target);
  if (!check) {
    // The constraints class-validator's validateSync(item) applies: no schema, groups or `always`.
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, undefined as unknown as string, false, false);
    const parts = metadatas.map((m) => partOf(target, m));
    check = parts.some((p) => p === null) ? () => false : (item) => parts.every((p) => p!(item));
    checks.set(target, check);
  }
  return check;
}

/** One constraint as class-validator applies it with missing properties skipped; null for a kind not mirrored here. */
function partOf(target: Function, m: ValidationMetadata): Check | null {
  const name = m.propertyName;
  if (m.type === ValidationTypes.NESTED_VALIDATION) {
    return (item) => {
      const value = item[name];
      if (value === null || value === undefined) return true;
      const passes = (v: unknown) => isObject(v) && !(v instanceof Set || v instanceof Map) && checkOf(v.constructor)(v as Item);
      return Array.isArray(value) ? value.every(passes) : passes(value);
    };
  }
  if (m.type !== ValidationTypes.CUSTOM_VALIDATION || m.validateIf) return null;
  const constraints = getMetadataStorage().getTargetValidatorConstraints(m.constraintCls);
  if (constraints.some((c) => c.async)) return null;
  return (item) => {
    const value = item[name];
    if (value === null || value === undefined) return true;
    const args: ValidationArguments = { targetName: target.name, property: name, object: item, value, constraints: m.constraints };
    const holds = (v: unknown) => constraints.every((c) => c.instance.validate(v, args) === true);
    return m.each && Array.isArray(value) ? value.every(holds) : holds(value);
  };
}
