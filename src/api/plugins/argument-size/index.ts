/**
 * Refuses over-long string arguments (literals and variables) before execution, so a 1 MB id
 * never reaches the store and is never echoed back in an error. The article text of a mutation
 * is the one long string the API accepts.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../../../domain/errors';
import { MAX_ARTICLE_BYTES } from '../../../ingest/article-text';

export const DEFAULT_MAX_ARGUMENT_LENGTH = 1000;

function tooLong(where: string, length: number, limit: number): GraphQLError {
  return new GraphQLError(`Invalid argument: ${where} is ${length} characters long; the limit is ${limit}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}

/** The first over-long string in a variable value, as a path like `$input.title`. */
function findLongString(value: unknown, path: string, limitFor: (key: string) => number): { path: string; length: number; limit: number } | null {
  if (typeof value === 'string') {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const limit = limitFor(key);
    return value.length > limit ? { path, length: value.length, limit } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLongString(value[i], `${path}[${i}]`, limitFor);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findLongString(v, `${path}.${k}`, limitFor);
      if (found) return found;
    }
  }
  return null;
}

function findLongLiteral(document: DocumentNode, limitFor: (key: string) => number): GraphQLError | null {
  let error: GraphQLError | null = null;
  let field = '';
  visit(document, {
    Argument: { enter(node) { field = node.name.value; } },
    ObjectField: { enter(node) { field = node.name.value; } },
    StringValue(node) {
      const limit = limitFor(field);
      if (!error && node.value.length > limit) error = tooLong(`the value of ${field}`, node.value.length, limit);
    },
  });
  return error;
}

export function argumentSizeLimit(maxLength = DEFAULT_MAX_ARGUMENT_LENGTH): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          const isMutation = operation?.operation === 'mutation';
          const limitFor = (key: string) => (isMutation && key === 'text' ? MAX_ARTICLE_BYTES : maxLength);
          const found = findLongString(request.variables ?? {}, '$', limitFor);
          if (found) throw tooLong(`variable $${found.path.slice(2)}`, found.length, found.limit);
          const literal = findLongLiteral(document, limitFor);
          if (literal) throw literal;
        },
      };
    },
  };
}
