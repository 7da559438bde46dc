import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-extract-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('actorgraph extract --json', () => {
  it('prints the extraction contract for an English and a German article, touching no store', () => {
    writeFileSync(join(dir, 'en.txt'), ' date 2025-03-14\nU.S. President Donald Trump held a phone call with Russian President Vladimir Putin on Thursday.');
    writeFileSync(join(dir, 'de.txt'), 'Der russische Präsident Wladimir Putin erhielt am Montag einen Anruf von US-Präsident Donald Trump.');
    const dataDir = join(dir, 'data');
    const res = runCli(['extract', '--json', join(dir, 'en.txt'), join(dir, 'de.txt'), '--published-at', '2025-03-14'], { DATA_DIR: dataDir });
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    const [en, de] = out.articles;
    expect([en.file, en.language, en.publishedAt]).toEqual([join(dir, 'en.txt'), 'en', '2025-03-14']);
    expect([de.file, de.language, de.publishedAt]).toEqual([join(dir, 'de.txt'), 'de', '2025-03-14']);
    for (const a of [en, de]) {
      expect(a.persons.map((p: { id: string }) => p.id).sort()).toEqual(['donald-trump', 'vladimir-putin']);
      expect(a.countries.map((c: { id: string }) => c.id).sort()).toEqual(['RUS', 'USA']);
    }
    expect(en.interactions.map((i: { id: string }) => i.id)).toContain('call:2025-03-13:donald-trump+vladimir-putin');
    const deCall = de.interactions.find((i: { type: string }) => i.type === 'CALL');
    expect(deCall).toMatchObject({
      id: 'call:2025-03-10:donald-trump+vladimir-putin', date: '2025-03-10', status: 'OCCURRED',
      participants: [{ actor: 'donald-trump', role: 'INITIATOR' }, { actor: 'vladimir-putin', role: 'RECIPIENT' }],
    });
    expect(readdirSync(dir).sort()).toEqual(['de.txt', 'en.txt']);
  });

  it('reports an empty file and exits non-zero when no article could be read', () => {
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const res = runCli(['extract', '--json', join(dir, 'empty.txt')]);
    expect(res.stderr).toBe(`skipped ${join(dir, 'empty.txt')}: text is empty\n`);
    expect(JSON.parse(res.stdout)).toEqual({ articles: [] });
    expect(res.status).toBe(1);
  });
});
