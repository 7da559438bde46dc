/** Builds the Apollo server; does not listen (see ./http.ts and cli/commands/serve.ts). */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from '../logger';
import type { Context } from './context.type';
import { createErrorFormatter } from './errors';
import { buildActorGraphSchema } from './schema';
import { argumentSizeLimit } from './plugins/argument-size';
import { busyStatus } from './plugins/busy-status';
import { responseCache } from './plugins/response-cache';
import { limitRules } from './validation';

export interface ServerOptions {
  logger: Logger;
  /** Production: no introspection, no Sandbox, no stack traces. */
  production: boolean;
}

export function createApolloServer({ logger, production }: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildActorGraphSchema(),
    validationRules: limitRules(),
    formatError: createErrorFormatter(logger, !production),
    includeStacktraceInErrorResponses: !production,
    introspection: !production,
    csrfPrevention: true,
    // Its handler re-raises SIGTERM/SIGINT before the store is closed; `serve` shuts down itself.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    logger,
    plugins: [
      // No cache hints are set; the default plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      argumentSizeLimit(),
      responseCache(),
      busyStatus(),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
    ],
  });
}
