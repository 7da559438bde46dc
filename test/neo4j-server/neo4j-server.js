/**
 * Starts a real Neo4j (embedded Community, Bolt on loopback, no auth) from Maven Central jars, for
 * the Neo4j test suites and `npm run neo4j`. Plain CommonJS so that node runs it without a build
 * and jest tests can require it. Maven resolves the jars into ~/.m2 on first use.
 */
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const DIR = __dirname;
const POM = join(DIR, 'pom.xml');
const DEFAULT_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))[1];
const READY = /^neo4j ready (bolt:\/\/\S+)$/m;
const START_TIMEOUT_MS = 180_000;
/** Neo4j's own tests open these packages on Java 17+ (netty, the page cache, reflection). */
const JVM_FLAGS = [
  '-Xmx1g', '-XX:+UseSerialGC', '-Dio.netty.tryReflectionSetAccessible=true',
  ...['java.lang', 'java.nio', 'java.io', 'java.util', 'java.util.concurrent', 'sun.nio.ch', 'sun.net.www.protocol.http']
    .map((pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`),
];

/** Calendar releases (2025.01 on) need Java 21+: NEO4J_JAVA_HOME, else a newer JDK under /usr/lib/jvm. */
function javaFor(version) {
  const home = process.env.NEO4J_JAVA_HOME;
  if (home) return join(home, 'bin', 'java');
  if (!/^20\d\d\./.test(version)) return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const jvms = existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm') : [];
  const newer = jvms.map((name) => ({ name, major: Number(/(\d+)/.exec(name.replace(/^java-1\./, 'java-'))?.[1] ?? 0) }))
    .filter((jdk) => jdk.major >= 21 && existsSync(join('/usr/lib/jvm', jdk.name, 'bin', 'java')))
    .sort((a, b) => b.major - a.major)[0];
  if (!newer) throw new Error(`Neo4j ${version} needs Java 21 or later: set NEO4J_JAVA_HOME to such a JDK`);
  return join('/usr/lib/jvm', newer.name, 'bin', 'java');
}

/** The jars of Neo4j `version`, resolved by Maven (cached per version once every jar is on disk). */
function resolveClasspath(version = DEFAULT_VERSION) {
  const target = join(DIR, 'target');
  mkdirSync(target, { recursive: true });
  const file = join(target, `classpath-${version}.txt`);
  const cached = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (cached && cached.split(':').every((jar) => existsSync(jar))) return cached;
  try {
    execFileSync('mvn', ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dneo4j.version=${version}`, `-Dmdep.outputFile=${file}`],
      { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (err) {
    throw new Error(`Maven could not resolve Neo4j ${version} (${POM}):\n${err.stdout ?? ''}${err.stderr ?? err.message}`);
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Starts Neo4j and resolves once Bolt answers. `home`: its data folder (default: a new temporary
 * one, deleted when Neo4j exits); `port`: 0 for a free one.
 */
function startNeo4j({ version = DEFAULT_VERSION, home, port = 0, log = () => undefined } = {}) {
  const classpath = resolveClasspath(version);
  const throwaway = !home;
  const dir = home ?? mkdtempSync(join(tmpdir(), 'actorgraph-neo4j-'));
  const args = [...JVM_FLAGS, '-cp', classpath, join(DIR, 'Neo4jLauncher.java'), dir, String(port)];
  if (throwaway) args.push('--delete-on-exit');
  const child = spawn(javaFor(version), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let waiting = null;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const onOutput = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    log(text);
    const ready = READY.exec(output);
    if (ready && waiting) { waiting.resolve(ready[1]); waiting = null; output = output.replace(READY, ''); }
    if (/^neo4j stopped$/m.test(output) && stopping) { stopping(); stopping = null; output = output.replace(/^neo4j stopped$/m, ''); }
  };
  let stopping = null;
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  child.stdin.on('error', () => undefined); // the JVM may already be gone

  const untilReady = () => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j ${version} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    waiting = { resolve: (uri) => { clearTimeout(timer); resolve(uri); } };
    exited.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`Neo4j ${version} exited (${signal ?? code}) before it was ready:\n${output}`)); });
  });

  return untilReady().then((uri) => ({
    uri,
    version,
    home: dir,
    port: Number(new URL(uri).port),
    /** The JVM's process id: the bench reads its CPU time from /proc. */
    pid: child.pid,
    /** Shuts the DBMS down but keeps the JVM, to start it again on the same port and data. */
    stop: () => new Promise((resolve) => { stopping = resolve; child.stdin.write('stop\n'); }),
    start: () => { const ready = untilReady(); child.stdin.write('start\n'); return ready; },
    /** SIGKILL, as a crash: nothing is flushed or closed. */
    kill: () => { child.kill('SIGKILL'); return exited; },
    /** Clean shutdown: end of stdin makes the launcher stop Neo4j and exit. */
    close: () => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.stdin.end();
      return exited.finally(() => clearTimeout(force));
    },
  }));
}

module.exports = { DEFAULT_VERSION, resolveClasspath, startNeo4j };
