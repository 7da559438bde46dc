import { run } from '../../helpers/extraction-harness';

describe('topics stage', () => {
  it.each([
    ['en', 'keywords in the evidence sentence', 'Trump spoke with Putin by phone about a ceasefire and new sanctions.', ['ceasefire', 'sanctions']],
    ['de', 'German keywords', 'Merz telefonierte mit Selenskyj über Waffenlieferungen und einen Waffenstillstand.', ['ceasefire', 'military-aid']],
    ['en', 'a country-bound topic needs its country', 'Macron spoke with Xi by phone about the war.', []],
    ['en', 'a country-bound topic with its country', 'Macron spoke with Xi by phone about the war in Ukraine.', ['ukraine-war']],
  ])('%s: %s', (_lang, _what, text, topics) => {
    expect(run(text).interactions.find((i) => i.type === 'CALL')?.topics).toEqual(topics);
  });
});
