/** Starts the API on a port (0 = any free port) and returns its URL and a way to stop it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/graph-store';
import { createRequestListener } from './http';
import { createApolloServer } from './server';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ListenOptions {
  store: GraphStore;
  logger: Logger;
  port: number;
  production: boolean;
  apiToken?: string;
  /** See HttpAppOptions.corsOrigins. */
  corsOrigins?: string[];
  host?: string;
}

export async function listen(options: ListenOptions): Promise<RunningServer> {
  const apollo = createApolloServer({ logger: options.logger, production: options.production });
  await apollo.start();
  const http = createServer(createRequestListener({
    apollo, store: options.store, logger: options.logger, apiToken: options.apiToken, corsOrigins: options.corsOrigins,
  }));
  // Slow clients must not hold sockets forever.
  http.requestTimeout = 60_000;
  http.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
