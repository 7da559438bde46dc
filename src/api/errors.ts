/**
 * Every error leaves the server with `extensions.code` and a message meant for the client;
 * internal errors are logged and answered with a generic message, never a stack trace.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode } from '../domain/errors';
import type { Logger } from '../logger';

interface ConstraintError { property: string; constraints?: Record<string, string>; children?: ConstraintError[] }

function constraintMessages(errors: ConstraintError[], path = ''): string[] {
  return errors.flatMap((e) => {
    const at = path ? `${path}.${e.property}` : e.property;
    return [
      ...Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? m.replace(e.property, at) : `${at}: ${m}`)),
      ...constraintMessages(e.children ?? [], at),
    ];
  });
}

const OWN_CODES = new Set<unknown>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

/** Our code, wherever it sits in a chain of wrapped errors (Apollo wraps validation errors). */
function ownCode(error: unknown): string | undefined {
  for (let e = error, hops = 0; e && hops < 5; e = (e as { originalError?: unknown }).originalError, hops++) {
    if (e instanceof AppError) return e.code;
    if (e instanceof GraphQLError && OWN_CODES.has(e.extensions?.code)) return e.extensions.code as string;
  }
  return undefined;
}

/**
 * A message fit for a client: a long quoted literal (a megabyte of a bad Date) is cut, not echoed;
 * in production, graphql's "Did you mean …?" suggestions, which name fields and arguments, are
 * dropped, since they leak the schema that turning introspection off hides.
 */
function clientMessage(message: string, hideSchema: boolean): string {
  const cut = message.replace(/"((?:[^"\\]|\\.){100,})"/g, (_all, s: string) => `"${s.slice(0, 40)}…" (${s.length} characters)`);
  return hideSchema ? cut.replace(/ Did you mean [^?]*\?/g, '') : cut;
}

export function createErrorFormatter(logger: Logger, exposeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => clientError(formatted, error);

  function clientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const answer = format(formatted, error);
    return { ...answer, message: clientMessage(answer.message, !exposeStack) };
  }

  function format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError && original.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...base, message: original.message, extensions: { code: original.code } };
    }
    if (original instanceof ArgumentValidationError) {
      const details = constraintMessages((original.extensions.validationErrors ?? []) as ConstraintError[]);
      return { ...base, message: `Invalid argument: ${details.join('; ') || 'validation failed'}`, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const code = ownCode(original) ?? formatted.extensions?.code;
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const extensions: Record<string, unknown> = { code };
      if (exposeStack && formatted.extensions?.stacktrace) extensions.stacktrace = formatted.extensions.stacktrace;
      return { ...formatted, message: original instanceof AppError ? original.message : formatted.message, extensions };
    }
    logger.error({ err: original }, 'unexpected error while answering a GraphQL request');
    return {
      ...base,
      message: exposeStack ? formatted.message : 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(exposeStack ? { stacktrace: formatted.extensions?.stacktrace } : {}) },
    };
  }
}
