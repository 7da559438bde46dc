/** graphql-armor settings that make a rule report (not throw) its rejection with our `extensions.code`. */
import { GraphQLError, type ValidationContext } from 'graphql';
import type { ErrorCode } from '../../domain/errors';

export function reportWithCode(code: ErrorCode) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));
    }],
  };
}
