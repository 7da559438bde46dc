import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { ErrorCode } from '../../domain/errors';
import { reportWithCode } from './with-error-code';

/**
 * Cost grows with fields, nesting and `first` (a list of 100 costs 100 times its items). A page of
 * 50 actors with their counterparts and topics costs about 8,000.
 */
export const DEFAULT_MAX_COST = 20_000;

export const costLimit = (maxCost = DEFAULT_MAX_COST) =>
  costLimitRule({ maxCost, ignoreIntrospection: true, exposeLimits: true, ...reportWithCode(ErrorCode.QUERY_TOO_COMPLEX) });
