import { runUntil } from '../../helpers/extraction-harness';

describe('language stage', () => {
  it.each([
    ['en', 'Turkish President Recep Tayyip Erdogan received a call from Iranian President Masoud Pezeshkian on Monday.', 'en', true],
    ['de', 'Der russische Präsident erhielt am Montag einen Anruf aus Washington.', 'de', true],
    ['en (very short)', 'Putin said no.', 'en', true],
    ['de (very short)', 'Putin sagte nein und ging.', 'de', true],
    ['fr (unsupported)', 'Le président russe a parlé avec le président français au téléphone lundi, a déclaré le Kremlin.', 'fr', false],
    ['nothing to detect', '12345 !!!', 'und', false],
  ])('detects %s', (_what, text, language, supported) => {
    const doc = runUntil('language', text);
    expect([doc.language, doc.languageSupported]).toEqual([language, supported]);
  });

  it('lets ExtractionInput.language win', () => {
    expect(runUntil('language', 'Putin sagte nein.', { language: 'EN' }).language).toBe('en');
  });
});
