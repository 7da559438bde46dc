/** Types of neo4j-server.js (plain CommonJS so that node runs it without a build). */
export declare const DEFAULT_VERSION: string;

export interface RunningNeo4j {
  uri: string;
  version: string;
  home: string;
  port: number;
  /** The JVM's process id: the bench reads its CPU time from /proc. */
  pid: number;
  /** Shuts the DBMS down but keeps the JVM, to start it again on the same port and data. */
  stop(): Promise<void>;
  /** Starts it again after stop(); resolves with the Bolt URI. */
  start(): Promise<string>;
  /** SIGKILL, as a crash. */
  kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Clean shutdown and exit. */
  close(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export declare function resolveClasspath(version?: string): string;

export declare function startNeo4j(options?: {
  version?: string;
  /** Data folder; default a new temporary one, deleted when Neo4j exits. */
  home?: string;
  /** 0 (default): a free port. */
  port?: number;
  log?: (text: string) => void;
}): Promise<RunningNeo4j>;
