import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../../src/api/errors';
import { AppError, ErrorCode, NotFoundError } from '../../src/domain/errors';
import { createLogger } from '../../src/logger';

describe('error formatter', () => {
  const logged: unknown[] = [];
  const logger = createLogger('silent');
  logger.error = ((obj: unknown) => { logged.push(obj); }) as typeof logger.error;
  const format = createErrorFormatter(logger, false);
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

  it('passes our client-facing errors through with their code', () => {
    expect(format({ message: 'x' }, wrap(new NotFoundError('Actor', 'nobody')))).toMatchObject({ message: 'Actor nobody not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('hides and logs internal errors, ours included', () => {
    const internal = new AppError('Neo4j statement get-stats failed (Neo.ClientError.Statement.SyntaxError)', ErrorCode.INTERNAL_SERVER_ERROR);
    expect(format({ message: internal.message }, wrap(internal))).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format({ message: 'boom' }, wrap(new TypeError('boom')))).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(2);
  });
});
