import { runUntil } from '../../helpers/extraction-harness';

const split = (text: string, language?: string): string[] => runUntil('sentences', text, { language }).sentences.map((s) => s.text);

describe('sentences stage', () => {
  it.each([
    ['en', 'abbreviation U.S. before a name', 'U.S. President Donald Trump spoke. He was brief.', ['U.S. President Donald Trump spoke.', 'He was brief.']],
    ['en', 'U.S. at the end of a sentence', 'The envoy flew to the U.S. He met Rubio.', ['The envoy flew to the U.S.', 'He met Rubio.']],
    ['en', 'titles and initials', 'Dr. Smith met Donald J. Trump on Monday. It went well.', ['Dr. Smith met Donald J. Trump on Monday.', 'It went well.']],
    ['de', 'German ordinal date', 'Am 3. Juli sprach Merz mit Macron. Sie einigten sich.', ['Am 3. Juli sprach Merz mit Macron.', 'Sie einigten sich.']],
    ['en', 'question and exclamation', 'Is it over? No! It goes on.', ['Is it over?', 'No!', 'It goes on.']],
    ['en', 'closing quote after the period', '"We are ready." Putin left.', ['"We are ready."', 'Putin left.']],
    ['en', 'paragraphs always split', 'No period here\n\nNor here', ['No period here', 'Nor here']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(split(text, _lang)).toEqual(expected);
  });

  it('marks tokens inside quotations', () => {
    const [s] = runUntil('sentences', '"We had a call," Trump said.').sentences;
    expect(s.tokens.filter((_, i) => s.quoted[i]).map((t) => t.text)).toEqual(['We', 'had', 'a', 'call', ',']);
  });

  it('cuts a megabyte-long sentence into bounded pieces', () => {
    const doc = runUntil('sentences', 'word '.repeat(100_000));
    expect(Math.max(...doc.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(1200);
  });
});
