/**
 * `actorgraph eval` on gold and predictions written for this test (fixtures/), whose every
 * figure is worked out by hand below, plus the three ways of getting a prediction and bad input.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const GOLD = join(__dirname, 'fixtures/gold');
const PRED = join(__dirname, 'fixtures/pred.json');

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-eval-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/*
 * a.txt: Trump matches by name (3 points); "Volodymyr Zelensky" only by the shared surface form
 *   "Zelensky"; Leavitt with the wrong role and country; John Smith is extra. Countries UKR, USA
 *   found, DEU extra, RUS missed. The CALL matches (same participants, date, initiator, status;
 *   topic ukraine-war found, ceasefire missed); the statement matches by speaker; the PLANNED
 *   MEETING is absorbed by the optional gold meeting (not counted, but its type/status are judged
 *   and its missing topic counts); the CRITICISM is not the gold APPEAL (other type), the ATTACK
 *   is extra.
 * b.txt: both persons ("Selenskyj" shared); the CALL has the same id as a's (dedup 1/1) but no
 *   initiator (initiator 1/2) and an extra topic; Kremlin is an extra organization; the statement
 *   is missed.
 * c.txt: no prediction: one person, one country, one statement missed.
 */
const SUMMARY = [
  'persons        P=0.83 R=0.83 F1=0.83  (tp 5, fp 1, fn 1)',
  'countries      P=0.80 R=0.67 F1=0.73  (tp 4, fp 1, fn 2)',
  'organizations  P=0.50 R=1.00 F1=0.67  (tp 1, fp 1, fn 0)',
  'spoke-to       P=1.00 R=1.00 F1=1.00  (tp 2, fp 0, fn 0)',
  'statements     P=1.00 R=0.33 F1=0.50  (tp 1, fp 0, fn 2)',
  'other events   P=0.00 R=0.00 F1=0.00  (tp 0, fp 2, fn 1)',
  'topics         P=0.67 R=0.50 F1=0.57  (tp 2, fp 1, fn 2)',
  'accuracy on matches: role 0.80, person country 0.80, contact type 1.00, date 1.00, initiator 0.50, status 1.00',
  'same event across articles: 1/1 pairs share an id (0 not both found)',
  'score=0.77 persons=0.83 countries=0.73 spoke-to=1.00 statements=0.50 other=0.00 topics=0.57 dedup=1/1 missing=1',
];

describe('actorgraph eval --pred', () => {
  it('prints the metrics, the summary line last', () => {
    const res = runCli(['eval', '--gold', GOLD, '--pred', PRED]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(`${SUMMARY.join('\n')}\n`);
  });

  it('--verbose lists the misses and extras of each article first', () => {
    const res = runCli(['eval', '--gold', GOLD, '--pred', PRED, '--verbose']);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(`${[
      '== a.txt',
      '   role Karoline Leavitt: OTHER != OFFICIAL',
      '   country of Karoline Leavitt: null != USA',
      '   extra person John Smith',
      '   missed country RUS',
      '   extra country DEU',
      '   extra CRITICISM Donald Trump+RUS ',
      '   extra ATTACK RUS+UKR 2025-03-10',
      '   missed APPEAL Donald Trump+RUS ',
      '== b.txt',
      '   missed STATEMENT Volodymyr Zelenskyy ',
      '== c.txt (no prediction)',
      '   missed person Emmanuel Macron',
      '   missed country FRA',
      '   missed STATEMENT Emmanuel Macron ',
      ...SUMMARY,
    ].join('\n')}\n`);
  });

  it('--json prints the metrics as one JSON document', () => {
    const res = runCli(['eval', '--gold', GOLD, '--pred', PRED, '--json']);
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    const countriesF = (2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6);
    expect(out).toMatchObject({
      articles: 3, missingArticles: 1,
      persons: { tp: 5, fp: 1, fn: 1, p: 5 / 6, r: 5 / 6 },
      countries: { tp: 4, fp: 1, fn: 2, p: 0.8, r: 4 / 6, f: countriesF },
      organizations: { tp: 1, fp: 1, fn: 0, p: 0.5, r: 1 },
      contact: { tp: 2, fp: 0, fn: 0, p: 1, r: 1, f: 1 },
      statement: { tp: 1, fp: 0, fn: 2, p: 1, r: 1 / 3, f: 0.5 },
      other: { tp: 0, fp: 2, fn: 1, p: 0, r: 0, f: 0 },
      topics: { tp: 2, fp: 1, fn: 2 },
      roleAccuracy: 0.8, personCountryAccuracy: 0.8, contactTypeAccuracy: 1, contactDateAccuracy: 1,
      initiatorAccuracy: 0.5, statusAccuracy: 1,
      dedup: { pairs: 1, sameId: 1, unmatched: 0 },
    });
    expect(out.score).toBeCloseTo((5 / 6 + countriesF + 1 + 0.5) / 4, 12);
    expect(out.perArticle.map((a: { article: string; missing: boolean; notes: string[] }) => [a.article, a.missing, a.notes.length]))
      .toEqual([['a.txt', false, 8], ['b.txt', false, 1], ['c.txt', true, 3]]);
  });
});

describe('actorgraph eval extracting in-process', () => {
  const ARTICLE = 'U.S. President Donald Trump held a phone call with Russian President Vladimir Putin on Thursday.\n';
  const GOLD_FILE = {
    article: 'call.txt', language: 'en', publishedAt: '2025-03-14',
    persons: [
      { name: 'Donald Trump', aliases: ['Donald Trump'], role: 'LEADER', country: 'USA', title: 'President of the United States' },
      { name: 'Vladimir Putin', aliases: ['Vladimir Putin'], role: 'LEADER', country: 'RUS', title: 'President of Russia' },
    ],
    countries: ['USA', 'RUS'], organizations: [],
    interactions: [{
      type: 'CALL', participants: ['Donald Trump', 'Vladimir Putin'], initiator: 'Donald Trump', about: [],
      date: '2025-03-13', status: 'OCCURRED', place: null, topics: ['other'], optional: false, evidence: ARTICLE.trim(),
    }],
  };

  /** The gold beside its article in `dir/set`, the date only in the folder's manifest.json. */
  function writeSet(): string {
    const set = join(dir, 'set');
    mkdirSync(set);
    writeFileSync(join(set, 'call.txt'), ARTICLE);
    writeFileSync(join(set, 'call.gold.json'), JSON.stringify(GOLD_FILE));
    writeFileSync(join(set, 'manifest.json'), JSON.stringify({ 'call.txt': { publishedAt: '2025-03-14' } }));
    return set;
  }

  /** What `eval --pred` says of `extract --json`'s output for the same article. */
  function scoreOfExtractOutput(goldDir: string, articlePath: string): string {
    const extracted = runCli(['extract', '--json', articlePath]);
    expect(extracted.status).toBe(0);
    writeFileSync(join(dir, 'pred.json'), extracted.stdout);
    const res = runCli(['eval', '--gold', goldDir, '--pred', join(dir, 'pred.json'), '--verbose']);
    expect(res.status).toBe(0);
    return res.stdout;
  }

  it('with no paths, extracts the article beside each gold file, with the folder manifest, as extract does', () => {
    const set = writeSet();
    const res = runCli(['eval', '--gold', set, '--verbose']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(scoreOfExtractOutput(set, join(set, 'call.txt')));
    expect(res.stdout.trimEnd().split('\n').pop()).toMatch(/ dedup=0\/0 missing=0$/);
  });

  it('with article paths, extracts those and pairs them with the gold by file name', () => {
    const set = writeSet();
    const goldOnly = join(dir, 'gold-only');
    mkdirSync(goldOnly);
    copyFileSync(join(set, 'call.gold.json'), join(goldOnly, 'call.gold.json'));
    const res = runCli(['eval', '--gold', goldOnly, set, '--verbose']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(scoreOfExtractOutput(goldOnly, join(set, 'call.txt')));
  });
});

describe('actorgraph eval refuses bad input with one line and exit code 2', () => {
  function refused(args: string[]): string {
    const res = runCli(['eval', ...args]);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr.split('\n')).toHaveLength(2); // one line and its newline: no stack trace
    return res.stderr;
  }
  const goldWith = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return dir;
  };

  it('a gold folder that does not exist or holds no gold', () => {
    expect(refused(['--gold', join(dir, 'nope'), '--pred', PRED])).toBe(`actorgraph eval: gold folder ${join(dir, 'nope')} does not exist\n`);
    expect(refused(['--gold', dir, '--pred', PRED])).toBe(`actorgraph eval: gold folder ${dir} has no *.gold.json files\n`);
  });

  it('gold that is not JSON or not in the gold format', () => {
    const path = join(dir, 'x.gold.json');
    expect(refused(['--gold', goldWith('x.gold.json', '{"article": "x.txt",'), '--pred', PRED]))
      .toMatch(new RegExp(`^actorgraph eval: gold ${path}: not valid JSON \\(.+\\)\\n$`));
    const gold = { article: 'x.txt', persons: [], countries: ['usa'], interactions: [] };
    expect(refused(['--gold', goldWith('x.gold.json', JSON.stringify(gold)), '--pred', PRED]))
      .toBe(`actorgraph eval: gold ${path}: countries[0] must be an ISO 3166-1 alpha-3 code such as "USA" (got "usa")\n`);
    const badType = { article: 'x.txt', interactions: [{ type: 'PHONE', participants: ['A', 'B'] }] };
    expect(refused(['--gold', goldWith('x.gold.json', JSON.stringify(badType)), '--pred', PRED]))
      .toBe(`actorgraph eval: gold ${path}: interactions[0].type must be one of CALL, MEETING, TALKS, CONSULTATION, STATEMENT, APPEAL, CRITICISM, ATTACK, AID (got "PHONE")\n`);
  });

  it('a prediction that is missing, not JSON or not the extract --json contract', () => {
    const pred = join(dir, 'pred.json');
    expect(refused(['--gold', GOLD, '--pred', pred])).toBe(`actorgraph eval: --pred ${pred}: cannot be read (ENOENT)\n`);
    writeFileSync(pred, 'not json');
    expect(refused(['--gold', GOLD, '--pred', pred])).toMatch(new RegExp(`^actorgraph eval: --pred ${pred}: not valid JSON \\(.+\\)\\n$`));
    writeFileSync(pred, JSON.stringify({ articles: [{ file: 'a.txt', countries: [] }] }));
    expect(refused(['--gold', GOLD, '--pred', pred]))
      .toBe(`actorgraph eval: --pred ${pred} is not an extract --json output: articles[0].persons must be a list\n`);
    writeFileSync(pred, JSON.stringify([]));
    expect(refused(['--gold', GOLD, '--pred', pred])).toBe(`actorgraph eval: --pred ${pred} is not an extract --json output: must be an object\n`);
  });

  it('both --pred and article paths, or a gold file whose article is not beside it', () => {
    expect(refused(['--gold', GOLD, '--pred', PRED, dir])).toBe('actorgraph eval: give either --pred FILE or article paths, not both\n');
    expect(refused(['--gold', GOLD])).toBe(
      `actorgraph eval: ${join(GOLD, 'a.txt')} not found (named by ${join(GOLD, 'a.gold.json')}); give the article files or folders after the options, or --pred\n`,
    );
  });
});
