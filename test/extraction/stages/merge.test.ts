import { run } from '../../helpers/extraction-harness';
import { interactionLines } from '../../helpers/extraction-harness';

describe('merge stage', () => {
  it.each([
    ['en', 'statements of one speaker on one occasion are one',
      'Trump said on Monday the talks went well. He added that Putin was serious. Trump also said more talks would follow.',
      ['STATEMENT OCCURRED 2025-06-09 donald-trump:SPEAKER']],
    ['en', 'the same speaker on another day is another statement',
      'On June 2, Putin said Russia was ready. On June 10, Putin said the offer was off the table.',
      ['STATEMENT OCCURRED 2025-06-02 vladimir-putin:SPEAKER', 'STATEMENT OCCURRED 2025-06-10 vladimir-putin:SPEAKER']],
    ['de', 'a planned mention of the reported call joins it',
      'Trump telefonierte am Montag mit Putin. Zuvor hatte Trump sein geplantes Gespräch mit Putin angekündigt.',
      ['CALL OCCURRED 2025-06-09 donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT', 'STATEMENT OCCURRED - donald-trump:SPEAKER']],
    ['en', 'a call and a later meeting of the same pair stay apart',
      'Trump called Putin on Monday. The two will meet in Budapest next week, Trump said. Trump plans to meet Putin in Budapest.',
      ['CALL OCCURRED 2025-06-09 donald-trump:INITIATOR vladimir-putin:RECIPIENT', 'MEETING PLANNED - donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT',
        'STATEMENT OCCURRED - donald-trump:SPEAKER']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual([...expected].sort());
  });

  it('gives a dated interaction an id two articles share, and an undated one an article-scoped id', () => {
    const x = run('Trump called Putin on Monday. Zelensky met Macron.');
    expect(x.interactions.map((i) => i.id)).toEqual([
      'call:2025-06-09:donald-trump+vladimir-putin', `meeting:a-${x.articleId}-1:emmanuel-macron+volodymyr-zelenskyy`,
    ]);
  });

  it('records the rule and the evidence sentence', () => {
    const [i] = run('Trump called Putin on Monday. It was long.').interactions;
    expect([i.rule, i.evidence, i.quote]).toEqual(['en.call.verb', 'Trump called Putin on Monday.', null]);
  });
});
