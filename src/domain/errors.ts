/**
 * Errors that cross layers. Each carries a code that the API puts in `extensions.code`;
 * clients and tests compare against `ErrorCode`.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  SERVER_BUSY = 'SERVER_BUSY',
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends Error {
  constructor(message: string, readonly code: ErrorCode) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    // Ids come from clients: never echo an arbitrarily long one back.
    super(`${what} ${id.length > 100 ? `${id.slice(0, 100)}…` : id} not found`, ErrorCode.NOT_FOUND);
  }
}

export class BadInputError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.BAD_USER_INPUT);
  }
}

/** Refused for load, not for what was asked: the same request later will be answered. */
export class ServerBusyError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.SERVER_BUSY);
  }
}

export class StoreUnavailableError extends AppError {
  constructor(detail: string) {
    super(`The graph store is unavailable: ${detail}`, ErrorCode.STORE_UNAVAILABLE);
  }
}
