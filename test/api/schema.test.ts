import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage as validatorMetadata, ValidationTypes } from 'class-validator';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { printActorGraphSchema } from '../../src/api/print-schema';
import { buildActorGraphSchema } from '../../src/api/schema';

describe('schema.graphql', () => {
  it('matches the code-first schema (run `npm run schema` after changing types)', () => {
    expect(printActorGraphSchema()).toBe(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
  });
});

describe('schema documentation', () => {
  it('describes every type, field, argument and enum value', () => {
    const { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } = require('graphql') as typeof import('graphql');
    const schema = buildSchema(printActorGraphSchema());
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description && !['Query', 'Mutation', 'Subscription', 'String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('argument validation', () => {
  // class-validator checks an input object held by arguments or by another input only when the
  // holding property says @ValidateNested: without it, the inner input's limits silently do not hold.
  it('reaches every input object inside arguments and inputs (@ValidateNested)', () => {
    buildActorGraphSchema();
    const storage = typeGraphqlMetadata();
    const inputClasses = new Set<unknown>(storage.inputTypes.map((t) => t.target));
    const holders = [...storage.argumentTypes, ...storage.inputTypes];
    const checked: string[] = [];
    const missing: string[] = [];
    for (const holder of holders) {
      const nested = validatorMetadata().getTargetValidationMetadatas(holder.target, '', true, false)
        .filter((m) => m.type === ValidationTypes.NESTED_VALIDATION).map((m) => m.propertyName);
      for (const field of storage.fields.filter((f) => f.target === holder.target && inputClasses.has(f.getType()))) {
        checked.push(`${holder.name}.${field.name}`);
        if (!nested.includes(field.name)) missing.push(`${holder.name}.${field.name}`);
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['PathArgs.filter', 'NetworkArgs.filter', 'CentralityArgs.filter']));
    expect(missing).toEqual([]);
  });
});
