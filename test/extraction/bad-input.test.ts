/** Bad input gives a result or a clear error, never a crash or a hang. */
import fc from 'fast-check';
import { extract, ExtractionInputError, StageError } from '../../src/extraction';

const fast = (f: () => unknown, ms: number): void => {
  const t0 = Date.now();
  f();
  expect(Date.now() - t0).toBeLessThan(ms);
};

describe('extract on bad input', () => {
  it.each([
    ['empty text', ''],
    ['only whitespace', '  \n\n \t '],
    ['no sentences, only punctuation', '!!! ??? ... ,,, --- 123'],
    ['binary garbage', Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 7919) % 256)).toString('latin1')],
    ['a million dots', '.'.repeat(1_000_000)],
    ['a megabyte-long line of words', `Putin said that Trump called him. ${'word '.repeat(200_000)}`],
    ['unbalanced quotes', `${'"'.repeat(50_000)} Putin "said`],
    ['a million spaces before a dash', `a${' '.repeat(1_000_000)}— b`],
  ])('returns a result for %s, quickly', (_what, text) => {
    fast(() => {
      const x = extract({ text, publishedAt: '2025-06-12' });
      expect(Array.isArray(x.interactions)).toBe(true);
    }, 5000);
  });

  it('extracts what the knowledge base finds in an unsupported language', () => {
    const x = extract({ text: 'Le président russe Vladimir Poutine a parlé avec Emmanuel Macron au téléphone lundi, a déclaré le Kremlin.' });
    expect(x.language).toBe('fr');
    expect(x.languageSupported).toBe(false);
    expect(x.persons.map((p) => p.id)).toEqual(['emmanuel-macron']);
    expect(x.organizations.map((o) => o.id)).toEqual(['kremlin']);
    expect(x.interactions).toEqual([]);
  });

  it('handles a 5 MB article in linear time', () => {
    const para = 'Trump spoke with Putin by phone on Monday, the Kremlin said. Zelensky urged Europe to send more air defence. ';
    const text = para.repeat(Math.ceil(5_000_000 / para.length)).slice(0, 5_000_000);
    fast(() => expect(extract({ text, publishedAt: '2025-06-12' }).persons.length).toBe(3), 30_000);
  });

  it('rejects a publishedAt that is not an ISO date with a clear error', () => {
    expect(() => extract({ text: 'Hello', publishedAt: '12/06/2025' })).toThrow(StageError);
    expect(() => extract({ text: 'Hello', publishedAt: '12/06/2025' })).toThrow(/publishedAt must be an ISO date/);
    try {
      extract({ text: 'Hello', publishedAt: 'x' });
    } catch (e) {
      expect((e as StageError).cause).toBeInstanceOf(ExtractionInputError);
    }
  });

  it('rejects text that is not a string', () => {
    expect(() => extract({ text: 42 as unknown as string })).toThrow(/text must be a string/);
  });
});

describe('extract on arbitrary input', () => {
  // Words of real sentences in random order and with random punctuation: every stage must cope.
  const words = ('Der russische Präsident Wladimir Putin erhielt am Montag einen Anruf von US -Präsident Donald Trump , '
    + 'Trump said on Monday that he spoke with Putin by phone . " Putins Sprecher sagte , ein Treffen sei nicht geplant '
    + "Russia's Defense Ministry announced ( EAEU ) summit in Minsk ; Zelensky met Macron and Starmer . Lesen Sie auch : "
    + 'the Russian leader who met him since May 19 3. Juli , according to the Kremlin , sie merkte an').split(' ');

  it('never throws on shuffled article words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...words, '\n', '\n\n', '"', "'s", '-', '.'), { maxLength: 300 }), (ws) => {
      const x = extract({ text: ws.join(' '), publishedAt: '2025-06-12' });
      expect(Array.isArray(x.interactions)).toBe(true);
    }), { numRuns: 300, seed: 42 });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (text) => {
      expect(typeof extract({ text }).articleId).toBe('string');
    }), { numRuns: 300, seed: 7 });
  });
});
