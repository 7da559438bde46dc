/** Loading the same text again with corrected metadata updates the article instead of dropping the correction. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphDump } from '../../src/domain/graph';
import { runCli } from '../helpers/cli';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-reload-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Tuesday about a ceasefire in Ukraine.';

function loadWith(dataDir: string, meta: Record<string, string>) {
  const folder = join(dir, 'articles');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'call.txt'), TEXT);
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ 'call.txt': meta }));
  return runCli(['load', folder], { DATA_DIR: dataDir });
}

function exported(dataDir: string): GraphDump {
  const out = join(dir, 'export.json');
  expect(runCli(['export', '--out', out], { DATA_DIR: dataDir }).status).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as GraphDump;
}

describe('reloading an article with corrected metadata', () => {
  it('updates title and date and re-resolves relative dates, and says so', () => {
    const dataDir = join(dir, 'data');
    expect(loadWith(dataDir, { publishedAt: '2025-03-12', title: 'Trump and Putin talk' }).stdout).toMatch(/^loaded 1 of 1 article file\(s\): 1 new, 0 already stored, 0 problem/);
    const corrected = loadWith(dataDir, { publishedAt: '2025-04-16', title: 'Trump and Putin talk again' });
    expect(corrected.stdout).toMatch(/^loaded 1 of 1 article file\(s\): 0 new, 1 already stored \(1 with new metadata, updated\), 0 problem/);
    const dump = exported(dataDir);
    const articles = dump.nodes.filter((n) => n.labels.includes('Article'));
    expect(articles.map((a) => [a.properties.title, a.properties.publishedAt])).toEqual([['Trump and Putin talk again', '2025-04-16']]);
    const calls = dump.nodes.filter((n) => n.labels.includes('Interaction') && n.properties.type === 'CALL');
    expect(calls.map((c) => [c.id, c.properties.date])).toEqual([['call:2025-04-15:donald-trump+vladimir-putin', '2025-04-15']]);
    // The same metadata again changes nothing.
    expect(loadWith(dataDir, { publishedAt: '2025-04-16', title: 'Trump and Putin talk again' }).stdout).toMatch(/^loaded 1 of 1 article file\(s\): 0 new, 1 already stored, 0 problem/);
  });
});
