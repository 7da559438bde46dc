import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphDump } from '../../src/domain/graph';
import { runCli } from '../helpers/cli';

const GOOD_EN = 'U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Tuesday about a ceasefire in Ukraine.';
const GOOD_DE = 'Bundeskanzler Friedrich Merz telefonierte am Mittwoch mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.';

let dir: string;
let dataDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-cli-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function articles(files: Record<string, string | Buffer>): string {
  const folder = join(dir, 'articles');
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe('actorgraph load', () => {
  it('loads the good files, names each bad file with its reason, and writes nothing for the bad ones', () => {
    const folder = articles({
      'good-en.txt': GOOD_EN,
      'good-de.txt': GOOD_DE,
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]),
      'latin1.txt': Buffer.from('Der Pr\xe4sident sprach mit dem Kanzler \xfcber den Krieg.', 'latin1'),
      'manifest.json': JSON.stringify({ 'good-en.txt': { publishedAt: '2025-03-12', title: 'Trump and Putin talk' } }),
    });
    const res = runCli(['load', folder, join(dir, 'missing.txt')], { DATA_DIR: dataDir });
    expect(res.stderr.trim().split('\n').sort()).toEqual([
      `skipped ${join(dir, 'missing.txt')}: no such file or folder`,
      `skipped ${join(folder, 'binary.txt')}: file is binary (contains NUL bytes), not text`,
      `skipped ${join(folder, 'empty.txt')}: file is empty`,
      `skipped ${join(folder, 'latin1.txt')}: file is not valid UTF-8 text`,
    ].sort());
    expect(res.stdout).toMatch(/^loaded 2 of 6 article file\(s\): 2 new, 0 already stored, 4 problem\(s\);/);
    expect(res.status).toBe(0);

    const dump = JSON.parse(runCli(['export', '--format', 'json'], { DATA_DIR: dataDir }).stdout) as GraphDump;
    const articleNodes = dump.nodes.filter((n) => n.labels.includes('Article'));
    expect(articleNodes.map((n) => [n.properties.title, n.properties.publishedAt, n.properties.language]).sort()).toEqual([
      [null, null, 'de'],
      ['Trump and Putin talk', '2025-03-12', 'en'],
    ]);
    const call = dump.nodes.find((n) => n.labels.includes('Interaction') && n.properties.type === 'CALL' && n.properties.date === '2025-03-11');
    expect(call?.id).toBe('call:2025-03-11:donald-trump+vladimir-putin');
  });

  it('changes nothing when the same folder is loaded again', () => {
    const folder = articles({ 'good-en.txt': GOOD_EN });
    runCli(['load', folder, '--published-at', '2025-03-12'], { DATA_DIR: dataDir });
    const before = runCli(['export', '--format', 'json'], { DATA_DIR: dataDir }).stdout;
    const again = runCli(['load', folder, '--published-at', '2025-03-12'], { DATA_DIR: dataDir });
    expect(again.stdout).toMatch(/^loaded 1 of 1 article file\(s\): 0 new, 1 already stored, 0 problem\(s\);/);
    expect(runCli(['export', '--format', 'json'], { DATA_DIR: dataDir }).stdout).toBe(before);
  });

  it('reports a manifest entry that is not usable, and loads the file only when it is', () => {
    const folder = articles({
      'a.txt': GOOD_EN,
      'b.txt': GOOD_DE,
      'manifest.json': JSON.stringify({ 'a.txt': { title: 5 }, 'b.txt': { publishedAt: '2025-03-12' } }),
    });
    const res = runCli(['load', folder], { DATA_DIR: dataDir });
    expect(res.stderr).toBe(`skipped ${join(folder, 'a.txt')}: manifest.json entry field "title" is not a string\n`);
    expect(res.stdout).toMatch(/^loaded 1 of 2 article file\(s\): 1 new/);
  });

  it('exits non-zero when nothing could be loaded', () => {
    const res = runCli(['load', articles({ 'notes.csv': 'a,b' })], { DATA_DIR: dataDir });
    expect(res.stderr).toBe(`skipped ${join(dir, 'articles')}: folder has no article files (.txt, .md, .text)\n`);
    expect(res.status).toBe(1);
  });

  it('refuses a malformed --published-at', () => {
    const res = runCli(['load', articles({ 'a.txt': GOOD_EN }), '--published-at', '12/03/2025'], { DATA_DIR: dataDir });
    expect(res.stderr).toContain('publishedAt "12/03/2025" is not a date like 2025-07-03');
    expect(res.status).not.toBe(0);
  });
});
