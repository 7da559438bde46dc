/**
 * `actorgraph eval` agrees with the reference scorer (reference/score.mjs, a copy of
 * shared/eval/score.mjs) on the repository's gold sets, for whatever the current extractor
 * predicts: both score the same `extract --json` output and must print the same report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli';

const REFERENCE = join(__dirname, 'reference/score.mjs');

function reference(args: string[]): string {
  const res = spawnSync(process.execPath, [REFERENCE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  return res.stdout;
}

function ours(args: string[]): string {
  const res = runCli(['eval', ...args]);
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  return res.stdout;
}

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-agreement-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SETS = [
  { name: 'seeds', gold: 'eval/seeds-gold', articles: ['seeds'] },
  { name: 'dev-real', gold: 'eval/dev-real', articles: [] as string[] },
  { name: 'synthetic', gold: 'eval/synthetic/gold', articles: ['eval/synthetic'] },
];

describe.each(SETS)('actorgraph eval and the reference scorer on $name', ({ name, gold, articles }) => {
  const goldDir = join(REPO, gold);
  let pred: string;

  beforeAll(() => {
    // The articles beside the gold when none are named, as `eval` itself does.
    const extracted = runCli(['extract', '--json', ...(articles.length ? articles : [gold]).map((a) => join(REPO, a))]);
    expect(extracted.status).toBe(0);
    pred = join(dir, `${name}.json`);
    writeFileSync(pred, extracted.stdout);
  });

  it('print the same report, and the same notes with --verbose', () => {
    for (const flags of [[], ['--verbose']]) {
      const expected = reference(['--gold', goldDir, '--pred', pred, ...flags]);
      expect(expected.trimEnd().split('\n').pop()).toMatch(/^score=\S+ persons=\S+ countries=\S+ spoke-to=\S+ statements=\S+ other=\S+ topics=\S+ dedup=\d+\/\d+ missing=0$/);
      expect(ours(['--gold', goldDir, '--pred', pred, ...flags])).toBe(expected);
    }
  });

  it('give the same metrics as JSON (the reference adds its summary line after the document)', () => {
    const expected = reference(['--gold', goldDir, '--pred', pred, '--json']).trimEnd().split('\n');
    expected.pop();
    expect(ours(['--gold', goldDir, '--pred', pred, '--json'])).toBe(`${expected.join('\n')}\n`);
  });

  it('score the same when eval extracts the articles itself', () => {
    const expected = reference(['--gold', goldDir, '--pred', pred, '--verbose']);
    expect(ours(['--gold', goldDir, ...articles.map((a) => join(REPO, a)), '--verbose'])).toBe(expected);
  });
});
