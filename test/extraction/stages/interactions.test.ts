import { interactionLines, run, runUntil } from '../../helpers/extraction-harness';

describe('interactions stage', () => {
  it.each([
    ['en', '"X called Y": X initiates', 'Macron called Zelensky.', ['CALL OCCURRED - emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['en', '"Y received a call from X"', 'Zelensky received a call from Macron.', ['CALL OCCURRED - emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['en', '"a call between X and Y"', 'A call between Macron and Zelensky took place.', ['CALL OCCURRED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['en', '"X and Y spoke"', 'Macron and Zelensky spoke.', ['CONSULTATION OCCURRED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['en', '"X held a phone conversation with Y": X initiates', 'Macron held a phone conversation with Zelensky.',
      ['CALL OCCURRED - emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['en', '"spoke with ... by phone" is a call', 'Macron spoke with Zelensky by phone.', ['CALL OCCURRED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['en', '"will speak" is planned', 'Macron will speak with Zelensky.', ['CONSULTATION PLANNED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['en', '"invited ... to" is a planned meeting', 'Macron invited Zelensky to Paris.', ['MEETING PLANNED - emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['en', 'meetings with two persons are two meetings', 'Macron held meetings with Zelensky and Starmer.',
      ['MEETING OCCURRED - emmanuel-macron:PARTICIPANT keir-starmer:PARTICIPANT', 'MEETING OCCURRED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['en', 'talks with unnamed parties are between the two countries the article is about',
      'Russia and Ukraine traded blame. Russian troops shelled Ukrainian towns. Peace talks resumed in Istanbul.',
      ['ATTACK OCCURRED - RUS:INITIATOR UKR:RECIPIENT', 'TALKS OCCURRED - RUS:PARTICIPANT UKR:PARTICIPANT']],
    ['de', '"rief ... an"', 'Macron rief Selenskyj an.', ['CALL OCCURRED - emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['de', '"Telefonat zwischen X und Y"', 'Das Telefonat zwischen Macron und Selenskyj dauerte eine Stunde.',
      ['CALL OCCURRED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', '"geplantes Gespräch"', 'Macron kündigte sein geplantes Gespräch mit Selenskyj an.',
      ['CONSULTATION PLANNED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT', 'STATEMENT OCCURRED - emmanuel-macron:SPEAKER']],
  ])('%s: %s', (lang, _what, text, expected) => {
    expect(interactionLines(run(text, { language: lang }))).toEqual([...expected].sort());
  });

  it('makes a statement about the other actors of its sentence', () => {
    const [s] = run('Zelensky said Russia and Putin wanted war.').interactions;
    expect(s.participants).toEqual([
      { actor: 'volodymyr-zelenskyy', role: 'SPEAKER' }, { actor: 'RUS', role: 'SUBJECT' }, { actor: 'vladimir-putin', role: 'SUBJECT' },
    ]);
  });

  it('records the quotation of a statement', () => {
    expect(run('"We will not give up," Zelensky said.').interactions[0].quote).toBe('We will not give up,');
  });

  it('ignores triggers inside quotations', () => {
    expect(runUntil('interactions', '"I spoke with Putin yesterday," an aide recalled.').events).toEqual([]);
  });
});
