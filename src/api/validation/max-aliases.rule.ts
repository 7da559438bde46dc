import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { ErrorCode } from '../../domain/errors';
import { reportWithCode } from './with-error-code';

export const DEFAULT_MAX_ALIASES = 30;

export const maxAliases = (n = DEFAULT_MAX_ALIASES) =>
  maxAliasesRule({ n, exposeLimits: true, ...reportWithCode(ErrorCode.QUERY_TOO_COMPLEX) });
