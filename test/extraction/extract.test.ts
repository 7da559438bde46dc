/**
 * End-to-end extraction on sentences written for these tests (not taken from the seeds), one
 * row per sentence and language. Interaction lines: `TYPE STATUS DATE actor:ROLE ...`
 * (statement subjects left out), publication date 2025-06-12 (a Thursday) unless given.
 */
import { expectExtraction } from '../helpers/extraction-harness';

describe('extract: contacts', () => {
  it.each([
    ['en', 'a phone call with a weekday', 'Japanese Prime Minister Shigeru Ishiba spoke by phone with Canadian Prime Minister Mark Carney on Wednesday.',
      ['CALL OCCURRED 2025-06-11 mark-carney:PARTICIPANT shigeru-ishiba:PARTICIPANT']],
    ['en', '"received a call from": the caller initiates', 'Indian Prime Minister Narendra Modi received a phone call from Russian President Vladimir Putin on Tuesday.',
      ['CALL OCCURRED 2025-06-10 narendra-modi:RECIPIENT vladimir-putin:INITIATOR']],
    ['en', 'a planned meeting', 'Trump plans to meet Xi Jinping in South Korea later this month.',
      ['MEETING PLANNED - donald-trump:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['en', 'a call with "yesterday"', 'Yesterday, Macron called Zelensky to discuss air defence.',
      ['CALL OCCURRED 2025-06-11 emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['en', 'a month-day date', 'On May 28, Erdogan met Netanyahu in Ankara.',
      ['MEETING OCCURRED 2025-05-28 benjamin-netanyahu:PARTICIPANT recep-tayyip-erdogan:PARTICIPANT']],
    // Talks of heads of state or government only are their meeting (GOLD-FORMAT: TALKS are delegations').
    ['en', 'coordinated subjects hold talks', 'German Chancellor Friedrich Merz and French President Emmanuel Macron held talks in Berlin on June 10.',
      ['MEETING OCCURRED 2025-06-10 emmanuel-macron:PARTICIPANT friedrich-merz:PARTICIPANT']],
    ['en', 'a relative clause keeps its own subject', 'Hungarian Prime Minister Viktor Orban, who met Putin in Moscow last year, criticized the EU sanctions.',
      ['CRITICISM OCCURRED - european-union:RECIPIENT viktor-orban:INITIATOR', 'MEETING OCCURRED - viktor-orban:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['en', '"reached out to" several leaders is several contacts', 'Trump has reached out to world leaders, including Prime Minister Narendra Modi of India and Israeli Prime Minister Benjamin Netanyahu.',
      ['CONSULTATION OCCURRED - benjamin-netanyahu:RECIPIENT donald-trump:INITIATOR', 'CONSULTATION OCCURRED - donald-trump:INITIATOR narendra-modi:RECIPIENT']],
    ['en', 'a future call announced by a spokesperson', 'White House press secretary Karoline Leavitt told reporters that Trump would call Putin soon.',
      ['CALL PLANNED - donald-trump:INITIATOR vladimir-putin:RECIPIENT', 'STATEMENT OCCURRED - karoline-leavitt:SPEAKER']],
    ['en', 'a later reference to the same call adds no event; "since" adds the earlier call',
      "Trump's phone call with Putin lasted two hours. During the conversation, Trump pressed Putin to agree to a truce. The call was their first since March 18.",
      ['APPEAL OCCURRED - donald-trump:INITIATOR vladimir-putin:RECIPIENT', 'CALL OCCURRED - donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT',
        'CALL OCCURRED 2025-03-18 donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['de', 'telefonierte mit', 'Bundeskanzler Friedrich Merz telefonierte am Dienstag mit dem französischen Präsidenten Emmanuel Macron.',
      ['CALL OCCURRED 2025-06-10 emmanuel-macron:PARTICIPANT friedrich-merz:PARTICIPANT']],
    ['de', '"erhielt einen Anruf von" with a title-only recipient resolved by date', 'Der ukrainische Präsident erhielt gestern einen Anruf von Bundeskanzler Merz.',
      ['CALL OCCURRED 2025-06-11 friedrich-merz:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['de', 'traf sich mit, German ordinal date', 'Selenskyj traf sich am 3. März in London mit dem britischen Premierminister Keir Starmer.',
      ['MEETING OCCURRED 2025-03-03 keir-starmer:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'a verb-final clause', 'Kanzler Merz hat am Montag mit US-Präsident Donald Trump telefoniert.',
      ['CALL OCCURRED 2025-06-09 donald-trump:PARTICIPANT friedrich-merz:PARTICIPANT']],
    ['de', 'a planned consultation (modal verb far from the infinitive)', 'Merz und Macron wollen in Paris über die Lage beraten.',
      ['CONSULTATION PLANNED - emmanuel-macron:PARTICIPANT friedrich-merz:PARTICIPANT']],
    ['de', 'subject after the verb; the source is not a party', 'Nach Angaben des Weißen Hauses sprachen Trump und Selenskyj am Montag miteinander.',
      ['CONSULTATION OCCURRED 2025-06-09 donald-trump:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT', 'STATEMENT OCCURRED 2025-06-09 white-house:SPEAKER']],
    ['de', 'two descriptions resolved by office on the date', 'Russlands Präsident und der amerikanische Präsident sprachen am Telefon über die Ukraine.',
      ['CALL OCCURRED - donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT']],
  ])('%s: %s', (_lang, _what, text, interactions) => {
    expectExtraction(text, { interactions });
  });
});

describe('extract: statements, appeals, criticism, attacks, aid', () => {
  it.each([
    ['en', 'a quotation attributed after it', '"We will not give up," Zelensky told reporters in Kyiv.',
      ['STATEMENT OCCURRED - volodymyr-zelenskyy:SPEAKER']],
    ['en', 'a parenthetical between subject and verb', 'Finnish President Alexander Stubb, speaking after talks with Trump, said Europe must do more.',
      ['STATEMENT OCCURRED - alexander-stubb:SPEAKER', 'MEETING OCCURRED - alexander-stubb:PARTICIPANT donald-trump:PARTICIPANT']],
    ['en', 'an apposition after a discovered name', 'Tom Smith, a senior analyst at the Atlantic Council, said the summit was unlikely.',
      ['STATEMENT OCCURRED - tom-smith:SPEAKER']],
    ['en', 'a title-only appeal resolved by date', 'The Chinese president urged Washington to lift the tariffs.',
      ['APPEAL OCCURRED - USA:RECIPIENT xi-jinping:INITIATOR']],
    ['en', 'criticism of a country', 'Ukraine\'s foreign minister Andrii Sybiha criticized Hungary for blocking the aid package.',
      ['CRITICISM OCCURRED - HUN:RECIPIENT andrii-sybiha:INITIATOR']],
    ['en', 'an attack through a light verb, reported by a country', "Russian forces launched a massive drone attack on Kyiv overnight, Ukraine's air force said.",
      ['ATTACK OCCURRED - RUS:INITIATOR UKR:RECIPIENT', 'STATEMENT OCCURRED - UKR:SPEAKER']],
    ['en', 'paused aid', 'The U.S. paused deliveries of artillery shells to Ukraine last week.',
      ['AID OCCURRED - UKR:RECIPIENT USA:INITIATOR']],
    ['de', 'a separable verb and its particle', 'Der chinesische Außenminister Wang Yi kündigte einen Besuch in Berlin an.',
      ['STATEMENT OCCURRED - wang-yi:SPEAKER']],
    ['de', 'an apposition before the name', 'Der Pressesprecher des Kremls, Dmitri Peskow, erklärte, Russland sei zu Verhandlungen bereit.',
      ['STATEMENT OCCURRED - dmitry-peskov:SPEAKER']],
    ['de', 'a former office holder speaks', 'Der frühere US-Präsident Joe Biden sagte, er unterstütze die Ukraine.',
      ['STATEMENT OCCURRED - joe-biden:SPEAKER']],
    ['de', 'aufrufen with its particle', 'Die Nato-Staaten forderten Russland auf, den Krieg zu beenden.',
      ['APPEAL OCCURRED - RUS:RECIPIENT nato:INITIATOR']],
  ])('%s: %s', (_lang, _what, text, interactions) => {
    expectExtraction(text, { interactions });
  });
});

describe('extract: actors', () => {
  it.each([
    ['en', 'country adjectives and names, no capital used as a place', 'French and German officials met in Minsk to discuss Poland.',
      { countries: ['DEU', 'FRA', 'POL'] }],
    ['en', 'a capital used for its government counts', 'Moscow rejected the proposal, while Kyiv welcomed it.', { countries: ['RUS', 'UKR'] }],
    ['en', 'ambiguous country names beside a person name are not countries', 'Michael Jordan said he was happy. Chad Smith played drums in Washington Heights.',
      { countries: [], persons: ['michael-jordan'] }],
    ['en', 'a person found by title, with role and country', 'Dutch Defense Minister Ruben Brekelmans visited the front.',
      { persons: ['ruben-brekelmans'], countries: ['NLD'] }],
    ['de', 'German genitive of persons and countries', 'Putins Sprecher wies Russlands Verantwortung zurück.', { persons: ['vladimir-putin'], countries: ['RUS'] }],
    ['de', 'adjective stems with endings', 'Die britischen, französischen und italienischen Diplomaten reisten ab.', { countries: ['FRA', 'GBR', 'ITA'] }],
    ['en', 'a ministry built from a country', "Ukraine's Foreign Ministry condemned the strike.", { organizations: ['ministry-of-foreign-affairs-of-ukraine'], countries: ['UKR'] }],
    ['en', 'the longest name wins over a capital', 'The Washington Post reported the talks.', { organizations: ['washington-post'], countries: [] }],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expectExtraction(text, expected);
  });
});
