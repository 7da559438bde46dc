#!/usr/bin/env node
/**
 * Runs a local Neo4j from Maven Central jars (no Docker needed).
 *   node test/neo4j-server/cli.js [--neo4j-version V] [--port N] [--home DIR]           serve until Ctrl-C
 *   node test/neo4j-server/cli.js [--neo4j-version V] -- COMMAND ARGS...              run COMMAND against a throwaway Neo4j
 * COMMAND gets TEST_NEO4J_URI (the suites that empty the database read it) and NEO4J_URI; Neo4j
 * stops when COMMAND exits, on Ctrl-C and on SIGTERM, and its exit code is COMMAND's.
 */
'use strict';
const { spawn } = require('node:child_process');
const { startNeo4j, DEFAULT_VERSION } = require('./neo4j-server');

function parse(argv) {
  const options = { version: process.env.NEO4J_VERSION || DEFAULT_VERSION, port: 0, home: undefined, command: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') { options.command = argv.slice(i + 1); break; }
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    if (arg === '--neo4j-version') options.version = value;
    else if (arg === '--port') options.port = Number(value);
    else if (arg === '--home') options.home = value;
    else throw new Error(`unknown option ${arg} (expected --neo4j-version, --port, --home or -- COMMAND)`);
    i += 1;
  }
  return options;
}

async function main() {
  const options = parse(process.argv.slice(2));
  const started = Date.now();
  process.stderr.write(`starting Neo4j ${options.version} (Maven resolves its jars into ~/.m2 on first use)...\n`);
  const neo4j = await startNeo4j(options);
  process.stderr.write(`Neo4j ${neo4j.version} ready at ${neo4j.uri} after ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${neo4j.home})\n`);
  let child = null;
  const finish = async (code) => { await neo4j.close(); process.exit(code); };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => { if (child) child.kill(signal); else void finish(130); });
  }
  if (options.command.length === 0) {
    process.stderr.write(`NEO4J_URI=${neo4j.uri} (no authentication); Ctrl-C stops it\n`);
    return;
  }
  const [cmd, ...args] = options.command;
  child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, TEST_NEO4J_URI: neo4j.uri, NEO4J_URI: neo4j.uri, NEO4J_VERSION: neo4j.version } });
  child.once('error', (err) => { process.stderr.write(`${cmd}: ${err.message}\n`); void finish(127); });
  child.once('exit', (code, signal) => void finish(code ?? (signal ? 128 + 15 : 1)));
}

main().catch((err) => { process.stderr.write(`${err.message}\n`); process.exit(1); });
