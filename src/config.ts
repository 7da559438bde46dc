/** Settings from the environment, read in one place (README "Configuration"). */
export interface Config {
  port: number;
  dataDir: string;
  apiToken: string | undefined;
  production: boolean;
  neo4j: { uri: string; user: string; password: string; database: string | undefined } | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    dataDir: env.DATA_DIR || './data',
    apiToken: env.API_TOKEN || undefined,
    production: env.NODE_ENV === 'production',
    neo4j: env.NEO4J_URI
      ? { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '', database: env.NEO4J_DATABASE || undefined }
      : null,
  };
}
