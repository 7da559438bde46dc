/**
 * Refuses over-long string arguments (literals and variables) and deeply nested values before
 * execution, so a 1 MB id never reaches the store and is never echoed back in an error. Limits
 * follow the argument position, not a variable's name: the article text of ingestArticle
 * (`ArticleInput.text`) is the one long string the API accepts, through a literal or any variable.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError, TypeInfo, getNamedType, isInputObjectType, isListType, isNonNullType, typeFromAST, visit,
  visitWithTypeInfo, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from '../../../domain/errors';
import { MAX_ARTICLE_BYTES } from '../../../ingest/article-text';

export const DEFAULT_MAX_ARGUMENT_LENGTH = 1000;
/** No argument of the schema nests more than two lists or input objects; 32 leaves ample room. */
export const MAX_VALUE_NESTING = 32;

/** Input fields allowed a longer string than the default, by `<input type>.<field>`. */
const LONG_FIELDS: ReadonlyMap<string, number> = new Map([['ArticleInput.text', MAX_ARTICLE_BYTES]]);

function badInput(message: string): GraphQLError {
  return new GraphQLError(`Invalid argument: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}

const tooLong = (where: string, length: number, limit: number) => badInput(`${where} is ${length} characters long; the limit is ${limit}`);

/** Depth of lists and objects in a JSON value, without recursion (a hostile value may be very deep). */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_VALUE_NESTING) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const limitOf = (parent: GraphQLInputType | null | undefined, field: string, fallback: number): number => {
  const named = parent ? getNamedType(parent) : null;
  return (named && LONG_FIELDS.get(`${named.name}.${field}`)) ?? fallback;
};

/** The first over-long string in a variable value, walked along its declared type. */
function findLongString(value: unknown, type: GraphQLInputType | undefined, path: string, limit: number, base: number):
  { path: string; length: number; limit: number } | null {
  if (typeof value === 'string') return value.length > limit ? { path, length: value.length, limit } : null;
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? inner.ofType as GraphQLInputType : inner;
    for (let i = 0; i < value.length; i++) {
      const found = findLongString(value[i], item, `${path}[${i}]`, limit, base);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    for (const [k, v] of Object.entries(value)) {
      const found = findLongString(v, fields[k]?.type, `${path}.${k}`, limitOf(inner, k, base), base);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Walks the operation with its types: checks string literals against the limit of their
 * position, and returns, per variable, the smallest limit among the positions it is used in.
 */
function checkOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, maxLength: number):
  Map<string, number> {
  const typeInfo = new TypeInfo(schema);
  const variableLimits = new Map<string, number>();
  let field = '';
  visit(operation, visitWithTypeInfo(typeInfo, {
    VariableDefinition: () => false, // declarations are not positions
    Argument(node) { field = node.name.value; },
    ObjectField(node) { field = node.name.value; },
    StringValue(node) {
      const limit = limitOf(typeInfo.getParentInputType(), field, maxLength);
      if (node.value.length > limit) throw tooLong(`the value of ${field}`, node.value.length, limit);
    },
    Variable(node) {
      const name = node.name.value;
      const limit = limitOf(typeInfo.getParentInputType(), field, maxLength);
      variableLimits.set(name, Math.min(limit, variableLimits.get(name) ?? Infinity));
    },
  }));
  return variableLimits;
}

export function argumentSizeLimit(maxLength = DEFAULT_MAX_ARGUMENT_LENGTH): ApolloServerPlugin {
  // Apollo hands over the same parsed operation for the same query text: walk it once, not per request.
  const walked = new WeakMap<OperationDefinitionNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (!operation) return;
          let limits = walked.get(operation);
          if (!limits) walked.set(operation, (limits = checkOperation(schema, operation, maxLength)));
          for (const definition of operation.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
            const found = findLongString(request.variables?.[name], type, `$${name}`, limits.get(name) ?? maxLength, maxLength);
            if (found) throw tooLong(`variable ${found.path}`, found.length, found.limit);
          }
        },
      };
    },
  };
}
