/** `Date`: an ISO calendar date string such as "2025-07-03", checked both ways. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../domain/iso-date';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(value: unknown): string {
  if (!isIsoDate(value)) {
    throw new GraphQLError(`Date must be an ISO calendar date like "2025-07-03", got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO calendar date, e.g. "2025-07-03"',
  // Output comes from the store, which only holds checked dates: a shape check is enough there.
  serialize: (value) => (typeof value === 'string' && ISO_DATE.test(value) ? value : check(value)),
  parseValue: (value) => check(value),
  parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  // The JSON type of its serialized values, for the compiled answer writer (../answer-text.ts).
  extensions: { jsonType: 'string' },
});
