/** Settings from the environment, read in one place (README "Configuration"). */
import { readNeo4jConfig, type Neo4jConfig } from './store/neo4j/config';

export interface Config {
  port: number;
  /** Interface to bind: loopback unless HOST says otherwise. */
  host: string;
  dataDir: string;
  apiToken: string | undefined;
  production: boolean;
  /** Serve /explore and /graphiql: on unless production, where WEB_PAGES=on turns them on. */
  webPages: boolean;
  /** Set when NEO4J_URI is: the store is Neo4j, else the embedded store. */
  neo4j: Neo4jConfig | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const production = env.NODE_ENV === 'production';
  const webPages = env.WEB_PAGES?.trim().toLowerCase() || (production ? 'off' : 'on');
  if (webPages !== 'on' && webPages !== 'off') throw new Error(`WEB_PAGES must be "on" or "off", got "${env.WEB_PAGES}"`);
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.DATA_DIR || './data',
    apiToken: env.API_TOKEN || undefined,
    production,
    webPages: webPages === 'on',
    neo4j: env.NEO4J_URI?.trim() ? readNeo4jConfig(env) : null,
  };
}
