/** `actorgraph export`, `import` and `salvage`: backups that read back, and what a damaged store still holds. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphDump } from '../../src/domain/graph';
import { REPO, runCli } from '../helpers/cli';

let dir: string;
let seeded: string;
const SEED_ARTICLES = 5;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-backup-'));
  seeded = join(dir, 'seeded');
  expect(runCli(['load', join(REPO, 'seeds')], { DATA_DIR: seeded }).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const articleIds = (dump: GraphDump) => dump.nodes.filter((n) => n.labels.includes('Article')).map((n) => n.id);

describe('actorgraph import', () => {
  it('restores an export: export, import, export gives the identical file', () => {
    const first = join(dir, 'first.json');
    expect(runCli(['export', '--out', first], { DATA_DIR: seeded }).status).toBe(0);
    const restored = join(dir, 'restored');
    const res = runCli(['import', first], { DATA_DIR: restored });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const dump = JSON.parse(readFileSync(first, 'utf8')) as GraphDump;
    const actors = dump.nodes.filter((n) => n.labels.includes('Actor')).length;
    const interactions = dump.nodes.filter((n) => n.labels.includes('Interaction')).length;
    expect(res.stdout).toBe(`imported ${SEED_ARTICLES} articles, ${actors} actors and ${interactions} interactions into ${restored}\n`);
    const second = join(dir, 'second.json');
    expect(runCli(['export', '--out', second], { DATA_DIR: restored }).status).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    // The restored store is a working store: loading the seeds again finds them all stored.
    expect(runCli(['load', join(REPO, 'seeds')], { DATA_DIR: restored }).stdout).toMatch(/^loaded 5 of 5 article file\(s\): 0 new, 5 already stored/);
  });

  it('refuses a DATA_DIR that is not empty, and leaves it as it was', () => {
    const file = join(dir, 'for-refusal.json');
    expect(runCli(['export', '--out', file], { DATA_DIR: seeded }).status).toBe(0);
    const before = readdirSync(seeded).map((n) => [n, readFileSync(join(seeded, n), 'utf8')]);
    const res = runCli(['import', file], { DATA_DIR: seeded });
    expect(res.status).toBe(1);
    expect(res.stderr).toBe(`actorgraph: DATA_DIR ${seeded} is not empty: import writes only into an empty or new DATA_DIR\n`);
    expect(readdirSync(seeded).map((n) => [n, readFileSync(join(seeded, n), 'utf8')])).toEqual(before);
  });

  it('refuses a file that is not an export, writing nothing', () => {
    const file = join(dir, 'not-an-export.json');
    writeFileSync(file, JSON.stringify({ articles: [] }));
    const target = join(dir, 'not-written');
    const res = runCli(['import', file], { DATA_DIR: target });
    expect(res.status).toBe(1);
    expect(res.stderr).toBe('actorgraph: cannot import: it is not an actorgraph JSON export ({ "nodes": [...], "edges": [...] })\n');
    expect(existsSync(target)).toBe(false);
  });
});

describe('actorgraph export of a DATA_DIR that is not a store', () => {
  it('refuses a mistyped DATA_DIR instead of creating it and printing an empty graph', () => {
    const typo = join(dir, 'dtaa');
    const res = runCli(['export'], { DATA_DIR: typo });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(`actorgraph: DATA_DIR ${typo} does not exist\n`);
    expect(existsSync(typo)).toBe(false);
  });

  it('refuses an existing folder that holds no store', () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const res = runCli(['export'], { DATA_DIR: empty });
    expect(res.status).toBe(1);
    expect(res.stderr).toBe(`actorgraph: ${empty} holds no actorgraph store (no snapshot.log or journal.log)\n`);
  });
});

describe('actorgraph salvage', () => {
  it('exports every record that still checks out from a store that refuses to open', () => {
    const damaged = join(dir, 'damaged');
    expect(runCli(['load', join(REPO, 'seeds')], { DATA_DIR: damaged }).status).toBe(0);
    // load closes with a compaction: the articles are in snapshot.log, one per line after the header.
    const snapshot = join(damaged, 'snapshot.log');
    const lines = readFileSync(snapshot, 'utf8').split('\n');
    const lost = (JSON.parse(lines[2].slice(9)) as { facts: { article: { id: string } } }).facts.article.id;
    lines[2] = lines[2].replace('"language"', '"lang_age"');
    writeFileSync(snapshot, lines.join('\n'));

    const refused = runCli(['export'], { DATA_DIR: damaged });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^actorgraph: snapshot.log is damaged at byte \d+ in .*damaged; run actorgraph salvage to export every record that checks out, then actorgraph import it into an empty DATA_DIR\n$/);

    const out = join(dir, 'salvaged.json');
    const res = runCli(['salvage', '--out', out], { DATA_DIR: damaged });
    expect(res.status).toBe(0);
    expect(res.stderr).toMatch(/^snapshot.log: 4 records kept, 1 damaged line\(s\) \(\d+ bytes\) skipped\njournal.log: 0 records kept, 0 damaged line\(s\) \(0 bytes\) skipped\n$/);
    const salvaged = JSON.parse(readFileSync(out, 'utf8')) as GraphDump;
    const all = JSON.parse(runCli(['export'], { DATA_DIR: seeded }).stdout) as GraphDump;
    expect(articleIds(salvaged)).toEqual(articleIds(all).filter((id) => id !== lost));

    // What was salvaged imports into a new store.
    expect(runCli(['import', out], { DATA_DIR: join(dir, 'from-salvage') }).stdout).toMatch(/^imported 4 articles/);
  });
});
