import { InvalidArgumentError, Option, type Command } from 'commander';
import { configWith, dataDirOption } from '../options';
import { keepRequestObjectsYoung } from '../server-heap';
import { reportLoad } from './load';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (PORT, default 4000); Apollo Sandbox at /, the explorer at /explore and GraphiQL at /graphiql in development')
    .option('--seed <paths...>', 'load these articles first when the store is empty')
    .addOption(new Option('--port <port>', 'HTTP port (overrides PORT)').argParser(portOption))
    .addOption(dataDirOption())
    .action(async (opts: { seed?: string[]; port?: number; dataDir?: string }) => {
      // Loaded here, not at start-up: --help and the other commands stay fast.
      const [{ listen }, { loadArticles }, { createLogger }, { openStore }] = await Promise.all([
        import('../../api/listen.js'), import('../../ingest/load-articles.js'), import('../../logger.js'), import('../../store/create-store.js'),
      ]);
      const config = configWith(opts);
      const logger = createLogger();
      const store = await openStore(config, logger);
      if (opts.seed && (await store.stats()).articles === 0) {
        logger.info(`store is empty: loading ${opts.seed.join(', ')}`);
        reportLoad(await loadArticles(store, opts.seed));
      }
      keepRequestObjectsYoung();
      const server = await listen({
        store, logger, port: config.port, host: config.host, production: config.production, apiToken: config.apiToken, corsOrigins: config.corsOrigins,
        searchLimits: config.searchLimits, subscriptionLimits: config.subscriptionLimits, webPages: config.webPages,
        responseCacheEntries: config.responseCacheEntries,
      });
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

function portOption(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`--port must be a port number (0-65535), got "${value}"`);
  return port;
}
