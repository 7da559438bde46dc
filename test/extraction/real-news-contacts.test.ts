/**
 * Contact words of real reporting (REAL-NEWS-PATTERNS C2/C8): a conference one joins is one
 * contact of all its parties, its with-phrase belongs to the noun; held by phone or video link,
 * talks are a call; dinners given for a guest are meetings; "zugeschaltet", "stimmte sich ab",
 * "coordinated with". Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const CONFERENCE = ['CALL OCCURRED - emmanuel-macron:PARTICIPANT olaf-scholz:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT'];
const COORDINATION = [
  'CONSULTATION OCCURRED - emmanuel-macron:PARTICIPANT friedrich-merz:PARTICIPANT',
  'CONSULTATION OCCURRED - friedrich-merz:PARTICIPANT keir-starmer:PARTICIPANT',
];

describe('contacts as reporters write them', () => {
  it.each([
    ['en', 'Olaf Scholz joined a video conference with Volodymyr Zelenskyy and Emmanuel Macron.', CONFERENCE],
    ['de', 'Olaf Scholz nahm an einer Videokonferenz mit Wolodymyr Selenskyj und Emmanuel Macron teil.', CONFERENCE],
    ['en', 'Keir Starmer had talks with Emmanuel Macron by video link.', ['CALL OCCURRED - emmanuel-macron:PARTICIPANT keir-starmer:PARTICIPANT']],
    ['de', 'Keir Starmer führte per Video Gespräche mit Emmanuel Macron.', ['CALL OCCURRED - emmanuel-macron:PARTICIPANT keir-starmer:PARTICIPANT']],
    ['en', 'Giorgia Meloni hosted a dinner for Narendra Modi in Rome.', ['MEETING OCCURRED - giorgia-meloni:INITIATOR narendra-modi:RECIPIENT']],
    ['de', 'Giorgia Meloni gab in Rom ein Abendessen für Narendra Modi.', ['MEETING OCCURRED - giorgia-meloni:PARTICIPANT narendra-modi:PARTICIPANT']],
    ['de', 'Olaf Scholz war per Video zu einer Konferenz mit Wolodymyr Selenskyj zugeschaltet.', ['CALL OCCURRED - olaf-scholz:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'Friedrich Merz stimmte sich mit Emmanuel Macron und Keir Starmer ab.', COORDINATION],
    ['en', 'Friedrich Merz coordinated with Emmanuel Macron and Keir Starmer.', COORDINATION],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });

  it('en: describing talks is no part in them', () => {
    expect(interactionLines(run('Keir Starmer described the talks with Vladimir Putin as constructive.'))).toEqual(['STATEMENT OCCURRED - keir-starmer:SPEAKER']);
  });
});

describe('owners of talks', () => {
  it.each([
    ['en', "Turkey's peace talks with the PKK have picked up steam. Syria is watching. The government's talks with the PKK are hard to manage."],
    ['de', 'Die Friedensgespräche der Türkei mit der PKK kommen voran. Syrien beobachtet das. Die Gespräche der Regierung mit der PKK sind schwierig.'],
  ])('%s: a genitive owner, and talks with the same partner are the talks just reported (%s)', (_lang, text) => {
    expect(interactionLines(run(text))).toEqual(['TALKS OCCURRED - TUR:PARTICIPANT pkk:PARTICIPANT']);
  });
});
