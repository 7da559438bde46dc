import type { Command } from 'commander';
import { listen } from '../../api/listen';
import { readConfig } from '../../config';
import { loadArticles } from '../../ingest/load-articles';
import { createLogger } from '../../logger';
import { openStore } from '../../store/create-store';
import { reportLoad } from './load';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (PORT, default 4000); Apollo Sandbox at /, the explorer at /explore and GraphiQL at /graphiql in development')
    .option('--seed <paths...>', 'load these articles first when the store is empty')
    .action(async (opts: { seed?: string[] }) => {
      const config = readConfig();
      const logger = createLogger();
      const store = await openStore(config, logger);
      if (opts.seed && (await store.stats()).articles === 0) {
        logger.info(`store is empty: loading ${opts.seed.join(', ')}`);
        reportLoad(await loadArticles(store, opts.seed));
      }
      const server = await listen({ store, logger, port: config.port, host: config.host, production: config.production, apiToken: config.apiToken, webPages: config.webPages });
      const pages = config.webPages ? `, explorer at ${server.url}explore, GraphiQL at ${server.url}graphiql` : '';
      logger.info(`actorgraph ready at ${server.url} (${store.kind} store${config.production ? '' : ', Apollo Sandbox in the browser'}${pages})`);
      // Stop accepting, let requests under way finish (bounded), close the store (compacting it), exit 0.
      const shutdown = async (signal: string) => {
        logger.info(`${signal}: shutting down`);
        let code = 0;
        try {
          await server.close();
        } catch (err) {
          logger.error({ err }, 'error while stopping the HTTP server');
          code = 1;
        }
        try {
          await store.close();
        } catch (err) {
          logger.error({ err }, 'error while closing the store');
          code = 1;
        }
        process.exit(code);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
