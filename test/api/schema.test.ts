import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printActorGraphSchema } from '../../src/api/print-schema';

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
