/**
 * Pronoun subjects of contact verbs, "consulted X" as a contact, and criticism of a contact
 * ("criticised the call", "kritisierte den Besuch") aimed at whoever made it.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

describe('interactions stage: pronouns, consulted, criticism of a contact', () => {
  it.each([
    ['en', '"he had consulted X" after a sentence about him',
      'Polish Prime Minister Donald Tusk dropped his objections. He said he had consulted Gitanas Nausėda before the vote.',
      ['CONSULTATION OCCURRED - donald-tusk:PARTICIPANT gitanas-nauseda:PARTICIPANT', 'STATEMENT OCCURRED - donald-tusk:SPEAKER']],
    ['en', '"consulted" with a direct object',
      'Japanese Prime Minister Shigeru Ishiba consulted South Korean President Lee Jae-myung about the tariffs.',
      ['CONSULTATION OCCURRED - lee-jae-myung:PARTICIPANT shigeru-ishiba:PARTICIPANT']],
    ['en', 'a verb after "and" with no object of its own borrows no event',
      'Tusk said he had consulted Nausėda and received guarantees.',
      ['CONSULTATION OCCURRED - donald-tusk:PARTICIPANT gitanas-nauseda:PARTICIPANT', 'STATEMENT OCCURRED - donald-tusk:SPEAKER']],
    ['de', '"Er" ist das Subjekt des Vorsatzes, nicht das Objekt "den ... Präsidenten"',
      'Der polnische Regierungschef Donald Tusk hat den litauischen Präsidenten Gitanas Nausėda in Vilnius getroffen. Er telefonierte anschließend mit Emmanuel Macron.',
      ['CALL OCCURRED - donald-tusk:PARTICIPANT emmanuel-macron:PARTICIPANT', 'MEETING OCCURRED - donald-tusk:PARTICIPANT gitanas-nauseda:PARTICIPANT']],
    ['de', '"Er warnte" nach einem Empfang spricht für den Gastgeber',
      'Der japanische Ministerpräsident Shigeru Ishiba hat den südkoreanischen Präsidenten Lee Jae-myung empfangen. Er warnte vor neuen Zöllen.',
      ['MEETING OCCURRED - lee-jae-myung:RECIPIENT shigeru-ishiba:INITIATOR', 'STATEMENT OCCURRED - shigeru-ishiba:SPEAKER']],
    ['en', 'criticism of a call targets the caller',
      'Argentine President Javier Milei called Brazilian President Lula on Monday. Chilean President Gabriel Boric sharply criticised the call.',
      ['CALL OCCURRED 2025-03-03 javier-milei:INITIATOR luiz-inacio-lula-da-silva:RECIPIENT', 'CRITICISM OCCURRED - gabriel-boric:INITIATOR javier-milei:RECIPIENT']],
    ['de', 'Kritik an einem Besuch trifft den Besucher',
      'Der indische Premierminister Narendra Modi hat Xi Jinping in Peking besucht. Der pakistanische Premierminister Shehbaz Sharif kritisierte den Besuch scharf.',
      ['CRITICISM OCCURRED - narendra-modi:RECIPIENT shehbaz-sharif:INITIATOR', 'MEETING OCCURRED - narendra-modi:INITIATOR xi-jinping:RECIPIENT']],
  ])('%s: %s', (language, _what, text, expected) => {
    expect(interactionLines(run(text, { language, publishedAt: '2025-03-05' }))).toEqual([...expected].sort());
  });
});
