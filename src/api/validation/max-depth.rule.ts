import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ErrorCode } from '../../domain/errors';
import { reportWithCode } from './with-error-code';

/** Deep enough for actor -> counterparts -> interactions -> participants -> actor -> ...; not for abuse. */
export const DEFAULT_MAX_DEPTH = 12;

export const maxDepth = (n = DEFAULT_MAX_DEPTH) =>
  maxDepthRule({ n, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true, ...reportWithCode(ErrorCode.QUERY_TOO_COMPLEX) });
