/**
 * Driver errors become our error classes here, at the adapter boundary: nothing above the
 * adapter sees a Neo4jError. Unreachable server, expired session, refused credentials, unknown
 * database, exhausted retries of transient failures and time-outs are STORE_UNAVAILABLE; any
 * other database error is a bug in a statement and becomes Neo4jStatementError (internal).
 */
import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode, StoreUnavailableError } from '../../domain/errors';

export class Neo4jStatementError extends AppError {
  constructor(statement: string, code: string, message: string) {
    super(`Neo4j statement ${statement} failed (${code}): ${firstLine(message)}`, ErrorCode.INTERNAL_SERVER_ERROR);
  }
}

export function firstLine(message: string): string {
  const line = message.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line.trim();
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable', 'SessionExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Why the store is unavailable, in a few words, or null when the error is not about availability. */
export function unavailableReason(error: unknown): string | null {
  if (!(error instanceof Neo4jError)) return null;
  const code = error.code ?? '';
  if (/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired|TokenExpired)$/.test(code)) {
    return `credentials refused (${code})`;
  }
  if (code.startsWith('Neo.ClientError.Security.')) return `not permitted: ${firstLine(error.message)} (${code})`;
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.')) return `${firstLine(error.message)} (${code})`;
  if (CONNECTION_FAILURE.test(error.message)) return firstLine(error.message);
  return null;
}

const CONNECTION_FAILURE = /connection acquisition timed out|connection was closed|failed to connect|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH/i;

/** True when the driver could not make or keep a connection (not when a statement or a transaction failed). */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || CONNECTION_FAILURE.test(error.message);
}

/** The error to throw for a failure of `statement` against the server at `displayUri`. */
export function toStoreError(error: unknown, statement: string, displayUri: string): Error {
  if (error instanceof AppError) return error;
  const reason = unavailableReason(error);
  if (reason !== null) return new StoreUnavailableError(`Neo4j at ${displayUri}: ${reason}`);
  if (error instanceof Neo4jError) return new Neo4jStatementError(statement, error.code, error.message);
  return error instanceof Error ? error : new Error(String(error));
}
