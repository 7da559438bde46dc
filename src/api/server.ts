/** Builds the Apollo server; does not listen (see ./http.ts and cli/commands/serve.ts). */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { DEFAULT_RESPONSE_CACHE_ENTRIES } from '../config';
import type { Logger } from '../logger';
import type { Context } from './context.type';
import { createErrorFormatter } from './errors';
import { answerText } from './answer-text';
import { compiledExecution } from './compiled-execution';
import { buildActorGraphSchema } from './schema';
import { argumentSizeLimit } from './plugins/argument-size';
import { busyStatus } from './plugins/busy-status';
import { withPageLinks } from './plugins/page-links';
import { responseCache } from './plugins/response-cache';
import { limitRules } from './validation';

export interface ServerOptions {
  logger: Logger;
  /** Production: no introspection, no Sandbox, no stack traces. */
  production: boolean;
  /** The landing page links to /explore and /graphiql (when they are served). */
  pageLinks?: boolean;
  /** Answers kept by the response cache; 0: no response cache. */
  responseCacheEntries?: number;
}

export function createApolloServer({
  logger, production, pageLinks = false, responseCacheEntries = DEFAULT_RESPONSE_CACHE_ENTRIES,
}: ServerOptions): ApolloServer<Context> {
  const landingPage = production
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true });
  const schema = buildActorGraphSchema();
  return new ApolloServer<Context>({
    schema,
    validationRules: limitRules(),
    formatError: createErrorFormatter(logger, !production),
    includeStacktraceInErrorResponses: !production,
    introspection: !production,
    csrfPrevention: true,
    // Its handler re-raises SIGTERM/SIGINT before the store is closed; `serve` shuts down itself.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    stringifyResult: answerText,
    logger,
    plugins: [
      // No cache hints are set; the default plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      argumentSizeLimit(),
      ...(responseCacheEntries > 0 ? [responseCache(responseCacheEntries)] : []),
      // After the response cache: a cached answer is taken before anything is executed.
      compiledExecution(schema),
      busyStatus(),
      pageLinks ? withPageLinks(landingPage) : landingPage,
    ],
  });
}
