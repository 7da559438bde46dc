/**
 * The CLI as scripts use it: `npx actorgraph …` (the package bin) writes only the export to
 * standard output, `--data-dir` stands beside DATA_DIR, `extract` needs no `--json`, a missing
 * path is counted, and `--help` does not load the server or the extraction.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli';

const ARTICLE = 'U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Tuesday about a ceasefire in Ukraine.';
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-pipes-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('loads into --data-dir, and npx actorgraph export prints nothing but the JSON', () => {
  const file = join(dir, 'call.txt');
  writeFileSync(file, ARTICLE);
  const dataDir = join(dir, 'data');
  const load = runCli(['load', '--data-dir', dataDir, '--published-at', '2025-03-12', file], { DATA_DIR: join(dir, 'not-this-one') });
  expect(load.stdout).toMatch(/^loaded 1 of 1 article file\(s\): 1 new/);

  const res = spawnSync('npx', ['--no-install', 'actorgraph', 'export', '--format', 'json', '--data-dir', dataDir], {
    cwd: REPO, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: '' }, timeout: 60_000,
  });
  expect(res.status).toBe(0);
  const dump = JSON.parse(res.stdout) as { nodes: { id: string }[] };
  expect(dump.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['donald-trump', 'vladimir-putin']));
});

it('extracts without --json', () => {
  const file = join(dir, 'extract.txt');
  writeFileSync(file, ARTICLE);
  const res = runCli(['extract', '--published-at', '2025-03-12', file]);
  expect(res.status).toBe(0);
  const out = JSON.parse(res.stdout) as { articles: { persons: { id: string }[] }[] };
  expect(out.articles[0].persons.map((p) => p.id).sort()).toEqual(['donald-trump', 'vladimir-putin']);
});

it('counts a missing path as a file it could not load', () => {
  const res = runCli(['load', '--data-dir', join(dir, 'data2'), join(dir, 'missing.txt')]);
  expect(res.stdout).toMatch(/^loaded 0 of 1 article file\(s\): 0 new, 0 already stored, 1 problem\(s\);/);
  expect(res.status).toBe(1);
});

it('refuses a --port that is not a port', () => {
  const res = runCli(['serve', '--port', 'eighty']);
  expect(res.status).toBe(1);
  expect(res.stderr).toContain('--port must be a port number (0-65535), got "eighty"');
});

it('shows --help without loading the server, the store or the extraction', () => {
  // A script, not node -e: commander reads the arguments of -e differently.
  const probe = join(dir, 'probe.js');
  writeFileSync(probe, `
    process.on('exit', () => {
      const loaded = Object.keys(require.cache).filter((f) => /[\\\\/](@apollo|neo4j-driver|graphology|compromise)[\\\\/]|[\\\\/]dist[\\\\/](api|store[\\\\/]embedded|extraction|knowledge)[\\\\/]/.test(f));
      process.stderr.write(JSON.stringify(loaded));
    });
    require(${JSON.stringify(join(REPO, 'dist/cli/index.js'))});
  `);
  const res = spawnSync(process.execPath, [probe, '--help'], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
  expect(res.stderr).toBe('[]');
});
