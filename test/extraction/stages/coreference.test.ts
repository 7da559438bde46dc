import { runUntil } from '../../helpers/extraction-harness';

/** Pronoun -> person id, in text order. */
function pronouns(text: string, language?: string): string[] {
  const doc = runUntil('coreference', text, { language });
  return doc.mentions.filter((m) => m.form === 'pronoun')
    .sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    .map((m) => `${doc.sentences[m.sentence].tokens[m.start].text}=${m.id}`);
}

describe('coreference stage', () => {
  it.each([
    ['en', '"he" is the subject of the previous sentence', 'Trump described the talks with Putin as productive. He said more would follow.', ['He=donald-trump']],
    ['en', '"him" is the person named last', 'Trump urged Putin to stop and warned him.', ['him=vladimir-putin']],
    ['en', '"his" is the subject of its sentence', 'Zelensky repeated his offer.', ['his=volodymyr-zelenskyy']],
    ['en', 'after a quote, "he added" is the last speaker', 'Putin spoke first, Ushakov told reporters. "We are ready," he added.', ['he=yuri-ushakov']],
    ['de', '"er" is the subject of the previous sentence', 'Merz traf Macron in Paris. Er sagte danach wenig.', ['Er=friedrich-merz']],
    ['de', '"sie" before a singular verb is "she"', 'Die Sprecherin Karoline Leavitt sprach. Sie merkte an, dass Trump müde sei.', ['Sie=karoline-leavitt']],
    ['de', '"sie" before a plural verb is "they"', 'Merz und Macron trafen sich. Sie sprachen lange.', []],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(pronouns(text, _lang)).toEqual(expected);
  });
});
