/** Who initiated a contact when only a request, an invitation or a proposal says so. */
import { run } from '../helpers/extraction-harness';

/** `TYPE initiator` of each spoke-to interaction ("-" when there is none). */
function initiators(text: string, language: string): string[] {
  return run(text, { language }).interactions
    .filter((i) => ['CALL', 'MEETING', 'TALKS', 'CONSULTATION'].includes(i.type))
    .map((i) => `${i.type} ${i.participants.find((p) => p.role === 'INITIATOR')?.actor ?? '-'}`);
}

describe('initiator of a contact', () => {
  it.each([
    ['en', '"at X\'s request" in a later sentence names the caller',
      'Scholz spoke by phone with Putin on Friday. According to the Kremlin, the conversation took place at Berlin\'s request.',
      ['CALL olaf-scholz']],
    ['en', '"at the invitation of X" in the same sentence',
      'Modi met Putin in Moscow at the invitation of the Kremlin leader Vladimir Putin.',
      ['MEETING vladimir-putin']],
    ['en', '"The call was made at X\'s request"',
      'Trump and Xi held a phone conversation on Thursday. The call was made at Trump\'s request, Xinhua said.',
      ['CALL donald-trump']],
    ['de', '"auf deutsche Initiative" macht den deutschen Teilnehmer zum Initiator',
      'Scholz hat am Freitag mit Putin telefoniert. Der Kreml erklärte, das Gespräch sei auf deutsche Initiative zustande gekommen.',
      ['CALL olaf-scholz']],
    ['de', '"auf Einladung von X"',
      'Orbán traf Xi am Montag auf Einladung von Xi Jinping in Peking.',
      ['MEETING xi-jinping']],
    ['de', 'wer ein Treffen vorschlägt, initiiert es',
      'Umjerow erklärte, Kiew habe ein Treffen zwischen Selenskyj und Putin vorgeschlagen.',
      ['MEETING volodymyr-zelenskyy']],
    ['en', 'whoever proposes talks initiates them',
      'Washington proposed talks between Rubio and Lavrov.',
      ['TALKS USA']],
  ])('%s: %s', (lang, _what, text, expected) => {
    expect(initiators(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'a symmetric phrasing names no initiator', 'Trump and Xi held a phone conversation on Thursday.', ['CALL -']],
    ['en', 'a request of someone who took no part changes nothing',
      'Scholz spoke by phone with Putin on Friday. The call took place at Macron\'s request.', ['CALL -']],
    ['de', 'symmetrisch: "X und Y trafen sich"', 'Macron und Scholz trafen sich am Montag in Paris.', ['MEETING -']],
    ['de', 'eine Bitte in einem Zitat zählt nicht',
      'Scholz hat mit Putin telefoniert. „Das geschah auf Einladung von Putin“, hieß es.', ['CALL -']],
  ])('%s: must not name an initiator: %s', (lang, _what, text, expected) => {
    expect(initiators(text, lang)).toEqual(expected);
  });
});
