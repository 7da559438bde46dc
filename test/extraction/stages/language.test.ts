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

  it.each([
    'Spanish Prime Minister Pedro Sánchez met Turkish President Recep Tayyip Erdogan in Madrid on Tuesday.',
    'Greek Prime Minister Kyriakos Mitsotakis hosted Dutch Prime Minister Dick Schoof in Athens.',
    'Russian drones hit a power plant near Lviv overnight.',
    'The Kremlin dismissed the proposal as unrealistic.',
    'Canada pledged new air defence systems for Kyiv.',
    'Finnish President Alexander Stubb called Trump after the summit.',
    'Sanctions on Iranian oil exports were tightened again.',
    'Chinese Foreign Minister Wang Yi visited Brussels.',
    'Hungary blocked the joint statement of the bloc.',
    'Polish troops joined the exercise in Lithuania.',
    'Ukrainian President Volodymyr Zelenskyy met Swedish Prime Minister Ulf Kristersson in Stockholm to discuss military aid.',
  ])('detects a one-sentence English text: %s', (text) => {
    expect(runUntil('language', text).language).toBe('en');
  });

  it.each([
    'Kanzler Scholz traf Macron in Paris.',
    'Bundeskanzler Friedrich Merz telefonierte am Freitag mit dem spanischen Ministerpräsidenten Pedro Sánchez.',
    'Russische Drohnen griffen Odessa an.',
    'Der Kreml wies den Vorschlag zurück.',
    'Selenskyj forderte mehr Luftabwehr.',
    'Die EU verlängerte die Sanktionen gegen Russland.',
    'Ungarn blockierte das Hilfspaket für Kiew.',
    'Polens Präsident besuchte Washington.',
    'Außenministerin Baerbock reiste nach Kiew.',
    'Erdogan lud Putin nach Istanbul ein.',
    'Die Niederlande sagten neue Waffen zu.',
  ])('detects a one-sentence German text: %s', (text) => {
    expect(runUntil('language', text).language).toBe('de');
  });

  it.each([
    ['Le président russe a parlé avec le président français au téléphone lundi.', 'fr'],
    ['El presidente ruso habló con el canciller alemán por teléfono el lunes.', 'es'],
  ])('leaves an unsupported language unsupported: %s', (text, language) => {
    expect(runUntil('language', text).language).toBe(language);
  });
});
