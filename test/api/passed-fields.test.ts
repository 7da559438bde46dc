/**
 * The execution schema and document of passed fields (src/api/passed-fields.ts): twins beside the
 * served fields, passed nodes renamed to them, and what resolvers read of a selection unchanged.
 */
import { buildSchema, Kind, parse, print, printSchema, type FieldNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { answerShape } from '../../src/api/answer-shape';
import { executionSchema, withFieldsPassed } from '../../src/api/passed-fields';
import { buildActorGraphSchema } from '../../src/api/schema';
import { interactionRefs } from '../../src/api/selection';

const schema = buildActorGraphSchema();

describe('passed fields', () => {
  it('executes against twins of every composite field, with the same arguments and resolver, leaving the served schema as it was', () => {
    const served = printSchema(schema);
    const execution = executionSchema(schema);
    expect(printSchema(schema)).toBe(served);
    expect(served).not.toContain('__passed');
    const network = execution.getQueryType()!.getFields();
    expect(String(network.network__passed.type)).toBe('PassedValue__!');
    expect(network.network__passed.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(network.network.args.map((a) => `${a.name}: ${String(a.type)}`));
    expect(network.network__passed.resolve).toBe(network.network.resolve);
    expect(network.stats__passed).toBeDefined();
    // Fields of objects, lists of objects and interfaces have twins; leaves have none.
    const person = (execution.getType('Person') as GraphQLObjectType).getFields();
    expect(['counterparts', 'country', 'affiliations'].map((name) => String(person[`${name}__passed`]?.type))).toEqual(['PassedValue__!', 'PassedValue__', 'PassedValue__!']);
    expect(['id', 'name', 'kind', 'aliases'].filter((name) => person[name] && !person[`${name}__passed`])).toEqual(['id', 'name', 'kind', 'aliases']);
    expect(executionSchema(schema)).toBe(execution);
  });

  it('refuses a schema with a field named like a twin', () => {
    expect(() => executionSchema(buildSchema('type Query { a: A  a__passed: A } type A { x: Int }'))).toThrow('names ending in __passed are kept');
  });

  it('renames each passed field to its twin under its response key; the resolvers still see the field names selected', () => {
    const document = parse('{ interactions(first: 2) { totalCount p: pageInfo { endCursor } edges { node { id participants { role actor { id } } topics { id } } } } }');
    const { passed: fields } = answerShape(schema, document)!;
    const passed = withFieldsPassed(document, fields);
    expect(print(passed)).toBe(print(parse(
      '{ interactions(first: 2) { totalCount p: pageInfo__passed { endCursor } edges { node { id participants: participants__passed { role actor { id } } topics: topics__passed { id } } } } }',
    )));
    const interactions = (passed.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    expect(interactions.kind).toBe(Kind.FIELD);
    // What the interactions' list loads for its items: their actors and topics.
    expect(interactionRefs({ fieldNodes: [interactions], fragments: {} })).toEqual({ actors: true, topics: true });
    expect(withFieldsPassed(document, new Set())).toBe(document);
  });
});
