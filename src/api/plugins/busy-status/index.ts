/**
 * An answer refused for load (SERVER_BUSY) goes out as HTTP 503 with Retry-After, so clients and
 * proxies back off the way they do for any overloaded server.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../../domain/errors';
import type { Context } from '../../context.type';

/** Seconds a refused client is asked to wait. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

export function busyStatus(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some((e) => e.extensions?.code === ErrorCode.SERVER_BUSY)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
