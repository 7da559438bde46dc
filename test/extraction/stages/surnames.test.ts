import { run } from '../../helpers/extraction-harness';

describe('surnames stage', () => {
  it.each([
    ['en', 'surname after a full name found by title', 'Kremlin aide Yevgeny Kostin spoke. Kostin said talks would resume.', ['Yevgeny Kostin', 'Kostin']],
    ['de', 'German genitive of the surname', 'Kreml-Berater Jewgeni Kostin sprach. Kostins Worte waren klar.', ['Jewgeni Kostin', 'Kostins']],
  ])('%s: %s', (_lang, _what, text, aliases) => {
    const p = run(text).persons.find((x) => x.name.endsWith('Kostin'));
    expect(p?.aliases).toEqual(aliases);
  });
});
