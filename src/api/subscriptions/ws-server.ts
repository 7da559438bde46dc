/**
 * Subscriptions over WebSocket on the GraphQL endpoint (`/graphql`, also `/`), with the
 * graphql-ws protocol as Apollo Server documents it (graphql-ws + ws). Only subscription
 * operations are served here, checked by the same depth, alias and cost rules as HTTP, within a
 * cap of open subscriptions per connection and in total. Mutation rules do not apply: nothing
 * here writes.
 */
import {
  getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate,
  type DocumentNode, type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { ErrorCode } from '../../domain/errors';
import type { PreparePool } from '../../ingest/prepare-pool';
import type { Logger } from '../../logger';
import type { GraphStore } from '../../store/graph-store';
import type { Context } from '../context.type';
import { createErrorFormatter } from '../errors';
import { hostName } from '../http';
import { Loaders } from '../loaders';
import type { SearchGate } from '../search-gate';
import { limitRules } from '../validation';
import { GraphFeed } from './graph-feed';
import { SubscriptionSlots, type SubscriptionLimits } from './limits';

/** A subscription document is small; this bounds what one message may hold. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export interface SubscriptionServerOptions {
  http: HttpServer;
  schema: GraphQLSchema;
  store: GraphStore;
  extraction: PreparePool;
  logger: Logger;
  production: boolean;
  limits: SubscriptionLimits;
  /** Accepted Host header names (without port); null accepts any. */
  allowedHosts: string[] | null;
  /** The server's bound on concurrent `search` queries (the context's; subscriptions select no search). */
  searchGate: SearchGate;
}

export interface SubscriptionServer {
  close(): Promise<void>;
}

export function attachSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, store, extraction, logger, production } = options;
  const slots = new SubscriptionSlots(options.limits);
  const feed = new GraphFeed(store, logger, () => slots.total > 0);
  feed.start();
  const formatter = createErrorFormatter(logger, !production);
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatter(e.toJSON(), e));
  const rules = [...specifiedRules, ...limitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const cleanup = useServer<Record<string, unknown> | undefined>({
    isProd: production,
    onSubscribe(ctx, id, payload) {
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (err) {
        return [withCode(err instanceof GraphQLError ? err : new GraphQLError(String(err)), 'GRAPHQL_PARSE_FAILED')];
      }
      const operation = getOperationAST(document, payload.operationName);
      if (operation?.operation !== 'subscription') {
        return [refusal('Only subscriptions are served over WebSocket; send queries and mutations over HTTP', ErrorCode.BAD_USER_INPUT)];
      }
      const errors = validate(schema, document, rules);
      if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
      const refused = slots.claim(ctx, id);
      if (refused) return [refusal(refused, ErrorCode.TOO_MANY_SUBSCRIPTIONS)];
      const contextValue: Context = { store, loaders: new Loaders(store), extraction, authorized: false, feedId: feed.id, searchGate: options.searchGate };
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    },
    onError: (_ctx, _id, _payload, errors) => format(errors),
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    onComplete: (ctx, id) => slots.release(ctx, id),
    onClose: (ctx) => slots.releaseAll(ctx),
  }, wss);

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql' && path !== '/') return refuseUpgrade(socket, 404, 'Not Found');
    if (options.allowedHosts && !options.allowedHosts.includes(hostName(req.headers.host))) return refuseUpgrade(socket, 421, 'Misdirected Request');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  options.http.on('upgrade', onUpgrade);

  return {
    async close() {
      options.http.off('upgrade', onUpgrade);
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await feed.stop();
    },
  };
}

/** Apollo's codes for documents that do not parse or validate, as HTTP answers them; rules that set their own keep it. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

function refusal(message: string, code: ErrorCode): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
