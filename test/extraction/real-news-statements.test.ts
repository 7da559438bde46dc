/**
 * Statements as real reporting attributes them (REAL-NEWS-PATTERNS C2, C6, C13): a surname alone
 * after a title, a speech noun owned by its speaker ("X's comment that"), the source before
 * German "zufolge", and speech words that are no statement: nouns ("state media", "Gulf
 * states"), "as announced" / "wie angekündigt", "said to be", a news agency as source, a
 * capitalised function word taken for a name. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const statements = (text: string): string[] => interactionLines(run(text)).filter((l) => l.startsWith('STATEMENT'));

describe('statement attribution in real reporting', () => {
  it.each([
    ['en', 'a surname alone after a title', 'Foreign Minister Varga stressed that the border would stay open.', ['STATEMENT OCCURRED - varga:SPEAKER']],
    ['de', 'ein Nachname allein nach dem Titel', 'Die belgische Außenministerin Varga betonte, die Grenze bleibe offen.', ['STATEMENT OCCURRED - varga:SPEAKER']],
    ['en', "a speech noun belongs to its possessor", "State media played up Mr Carney's comment that the centre of gravity was shifting.",
      ['STATEMENT OCCURRED - mark-carney:SPEAKER']],
    ['de', 'ein Redenomen gehört seinem Besitzer', 'Die Zeitungen zitierten Macrons Äußerung, Europa müsse handeln.', ['STATEMENT OCCURRED - emmanuel-macron:SPEAKER']],
    ['de', 'die Quelle steht vor "zufolge"', 'Die Speicher seien voll, Präsident Emmanuel Macron zufolge.', ['STATEMENT OCCURRED - emmanuel-macron:SPEAKER']],
    ['en', '"state" before a noun is no verb', 'Kremlin spokesman Dmitry Peskov told Russian state media that the talks had ended.',
      ['STATEMENT OCCURRED - dmitry-peskov:SPEAKER']],
    ['en', '"states" after a name is a noun', 'Egypt, Jordan and Gulf states want to play a role in Gaza.', []],
    ['en', '"states" after a number is a noun', 'The plan divides the territory into two states.', []],
    ['en', 'a plural homograph with a bare object is still a verb', 'Donald Trump vows retaliation against China.', ['STATEMENT OCCURRED - donald-trump:SPEAKER']],
    ['en', '"as announced" has no speaker', 'As announced, Russia stopped its gas deliveries through Ukraine.', []],
    ['de', '"wie angekündigt" hat keinen Sprecher', 'Zum Jahreswechsel hat Russland wie angekündigt seine Gaslieferungen eingestellt.', []],
    ['en', '"said to be" is no statement', 'Nigerian politicians said to be abetting the attacks were sanctioned.', []],
    ['de', 'eine Nachrichtenagentur als Quelle macht keine Aussage', 'Die israelische Luftwaffe habe nach Angaben der Nachrichtenagentur Reuters Ziele angegriffen.', []],
    ['de', 'ein großgeschriebenes Funktionswort beginnt keinen Namen', 'Als Verweis zitierte Bundespräsident Frank-Walter Steinmeier aus einer Rede.',
      ['STATEMENT OCCURRED - frank-walter-steinmeier:SPEAKER']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});
