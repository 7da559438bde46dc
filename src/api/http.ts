/**
 * The HTTP front of the API on node:http: GraphQL at / and /graphql (Apollo Sandbox on GET from a
 * browser), GET /health, the network exports for analytics tools, and the pages of ./web-pages.ts.
 */
import { HeaderMap, type ApolloServer } from '@apollo/server';
import cors from 'cors';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ErrorCode } from '../domain/errors';
import { ExportTypesError, networkExport, parseExportTypes } from '../export/network-export';
import type { PreparePool } from '../ingest/prepare-pool';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/graph-store';
import type { Context } from './context.type';
import type { SearchGate } from './search-gate';
import { Loaders } from './loaders';
import { MAX_VALUE_NESTING, nestingDepth } from './plugins/argument-size';
import { responseBody } from './response-body';
import type { WebPages } from './web-pages';

/** Large enough for a 5 MB article in an ingestArticle mutation, JSON-escaped. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface HttpAppOptions {
  apollo: ApolloServer<Context>;
  store: GraphStore;
  logger: Logger;
  apiToken?: string;
  maxBodyBytes?: number;
  /** Browser origins allowed on /graphql and /export/* (`*`: any); empty: same-origin only. */
  corsOrigins?: string[];
  extraction: PreparePool;
  searchGate: SearchGate;
  /** Accepted Host header names (without port); null accepts any. */
  allowedHosts?: string[] | null;
  /** /explore and /graphiql (./web-pages.ts). */
  webPages?: WebPages;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code: ErrorCode) {
    super(message);
  }
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * CORS for the API paths only. Preflights are answered here (204), before Apollo's CSRF
 * prevention, which still refuses simple cross-site requests (no JSON content type).
 */
function corsFor(origins: string[] | undefined): Middleware | null {
  if (!origins?.length) return null;
  return cors({
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization'],
    maxAge: 600,
  }) as Middleware;
}

const isApiPath = (path: string): boolean => path === '/' || path === '/graphql' || path.startsWith('/export/');

export function createRequestListener(options: HttpAppOptions): RequestListener {
  const withCors = corsFor(options.corsOrigins);
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (withCors && isApiPath(url.pathname)) {
      // cors() ends preflight requests itself and calls next() for the others.
      withCors(req, res, () => respond(options, req, res, url));
      return;
    }
    respond(options, req, res, url);
  };
}

function respond(options: HttpAppOptions, req: IncomingMessage, res: ServerResponse, url: URL): void {
  handle(options, req, res, url).catch((err: unknown) => {
    // A client that went away mid-upload is routine, not an error of ours.
    if (!(err instanceof HttpError) && (req.destroyed || (err as NodeJS.ErrnoException).code === 'ECONNRESET')) {
      options.logger.debug({ err }, 'client aborted its request');
      return;
    }
    const e = err instanceof HttpError ? err : new HttpError(500, 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
    if (!(err instanceof HttpError)) options.logger.error({ err }, 'unexpected error in the HTTP layer');
    if (!res.headersSent) sendJson(res, e.status, { errors: [{ message: e.message, extensions: { code: e.code } }] });
    else res.end();
  });
}

async function handle(options: HttpAppOptions, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (options.allowedHosts && !options.allowedHosts.includes(hostName(req.headers.host))) {
    throw new HttpError(421, 'This server does not answer to that Host name; set HOST to the name it is reached by', ErrorCode.BAD_USER_INPUT);
  }
  if (req.method === 'GET' && options.webPages?.serve(url.pathname, res)) return;
  if (req.method === 'GET' && url.pathname === '/health') {
    const health = await options.store.health();
    sendJson(res, health.ok ? 200 : 503, { status: health.ok ? 'ok' : 'unavailable', ...health });
    return;
  }
  if (req.method === 'GET' && url.pathname.startsWith('/export/network.')) {
    const format = url.pathname.slice('/export/network.'.length);
    if (format !== 'json' && format !== 'gexf') throw new HttpError(404, `No export ${url.pathname}`, ErrorCode.NOT_FOUND);
    const dynamic = url.searchParams.get('dynamic') ?? 'false';
    if (dynamic !== 'true' && dynamic !== 'false') throw new HttpError(400, 'dynamic must be true or false', ErrorCode.BAD_USER_INPUT);
    if (dynamic === 'true' && format !== 'gexf') throw new HttpError(400, 'dynamic=true is for network.gexf only', ErrorCode.BAD_USER_INPUT);
    let types;
    try {
      types = parseExportTypes(url.searchParams.get('types'));
    } catch (e) {
      if (e instanceof ExportTypesError) throw new HttpError(400, e.message, ErrorCode.BAD_USER_INPUT);
      throw e;
    }
    const body = await networkExport(options.store, format, { dynamic: dynamic === 'true', types });
    res.writeHead(200, { 'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'application/gexf+xml; charset=utf-8' });
    res.end(responseBody(body));
    return;
  }
  if (url.pathname !== '/' && url.pathname !== '/graphql') throw new HttpError(404, `Nothing at ${url.pathname}; GraphQL is at /graphql`, ErrorCode.NOT_FOUND);

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = req.method === 'POST' ? await readJsonBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined;
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => ({
      store: options.store,
      loaders: new Loaders(options.store),
      extraction: options.extraction,
      searchGate: options.searchGate,
      authorized: isAuthorized(options.apiToken, req.headers.authorization, req.socket.remoteAddress),
    }),
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(responseBody(result.body.string));
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** With API_TOKEN, the token; without it, only clients on this machine may write. */
function isAuthorized(token: string | undefined, header: string | undefined, remote: string | undefined): boolean {
  if (!token) return remote === '::1' || remote?.startsWith('127.') === true || remote?.startsWith('::ffff:127.') === true;
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw new HttpError(413, `Request body is over the ${limit} byte limit`, ErrorCode.BAD_USER_INPUT);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `Request body is over the ${limit} byte limit`, ErrorCode.BAD_USER_INPUT);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON', ErrorCode.BAD_USER_INPUT);
  }
  // Checked here, first: Apollo and graphql walk variables recursively, and a thousands-deep one overflows the stack.
  const variables = (parsed as { variables?: unknown } | null)?.variables;
  if (variables && typeof variables === 'object') {
    for (const [name, value] of Object.entries(variables)) {
      if (nestingDepth(value) > MAX_VALUE_NESTING) {
        throw new HttpError(400, `Invalid argument: variable $${name} is nested more than ${MAX_VALUE_NESTING} levels deep`, ErrorCode.BAD_USER_INPUT);
      }
    }
  }
  return parsed;
}

/** The name in a Host header, without its port; '' when there is none. */
export function hostName(header: string | undefined): string {
  if (!header) return '';
  const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d*$/, '');
  return name.toLowerCase();
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
