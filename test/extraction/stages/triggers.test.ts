import { runUntil } from '../../helpers/extraction-harness';

const rules = (text: string, language?: string): string[] => runUntil('triggers', text, { language }).triggers.map((h) => h.rule.id);

describe('triggers stage', () => {
  it.each([
    ['en', 'the longest phrase wins', 'Trump held a phone conversation with Putin.', ['en.call.held']],
    ['en', '"call for" is an appeal', 'Macron renewed his call for a truce.', ['en.appeal.call-for']],
    ['en', '"received a call from"', 'Modi received a call from Putin.', ['en.call.received']],
    ['de', 'a separable verb with its particle', 'Trump kündigte ein Treffen mit Putin an.', ['de.statement.particle-an', 'de.meeting.noun']],
    ['de', 'the same verb without its particle is not that rule', 'Es gab keine Einigung.', []],
    ['de', 'rief ... an is a call, rief ... auf an appeal', 'Merz rief Selenskyj an. Merz rief Russland auf, den Krieg zu beenden.', ['de.call.anrufen', 'de.appeal.aufrufen']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(rules(text, _lang)).toEqual(expected);
  });
});
