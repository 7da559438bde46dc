/** Starts `actorgraph serve` as a child process, the way `npm start` does, and waits until it answers. */
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, REPO } from './cli';
import { childStoreEnv } from './test-store';

export interface ServeProcess {
  url: string;
  stop(): Promise<void>;
}

export function startServeProcess(args: string[], env: Record<string, string>): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', ...args], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...childStoreEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start within 60 s:\n${log}`)); }, 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const ready = /actorgraph ready at (http:\/\/\S+)/.exec(log);
      if (!ready) return;
      clearTimeout(timer);
      resolve({
        url: ready[1],
        stop: () => new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}:\n${log}`)); });
  });
}

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}
