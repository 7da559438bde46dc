/** Rejects a literal `first` above the page cap before execution (variables are checked by the args' validators). */
import { GraphQLError, Kind, visit, type ValidationRule } from 'graphql';
import { ErrorCode } from '../../domain/errors';
import { MAX_PAGE_SIZE } from '../types/page-args';

export const pageSizeLimit = (max = MAX_PAGE_SIZE): ValidationRule => (context) => ({
  // On Document, so this error comes before the cost rule's (which counts `first` as a multiplier).
  Document(document) {
    visit(document, {
      Argument(node) {
        if (node.name.value === 'first' && node.value.kind === Kind.INT && Number(node.value.value) > max) {
          context.reportError(new GraphQLError(`Invalid argument: first must be at most ${max}`, { nodes: [node], extensions: { code: ErrorCode.BAD_USER_INPUT } }));
        }
      },
    });
  },
});
