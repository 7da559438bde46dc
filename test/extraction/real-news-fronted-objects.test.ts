/**
 * German verb-second with the object in front (REAL-NEWS-PATTERNS C4.2): the subject follows the
 * finite verb when an object determiner opens the sentence or a pronoun that can only be a subject
 * follows the verb; the actors of the fronted phrase are the objects. English puts its subject
 * first, so its sentences are the plain order. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const KHAN_ACCUSES_HAMAS = ['CRITICISM OCCURRED - hamas:RECIPIENT karim-khan:INITIATOR'];
const MERZ_ACCUSES_SCHOLZ = ['CRITICISM OCCURRED - friedrich-merz:INITIATOR olaf-scholz:RECIPIENT'];
const SCHOLZ_REJECTS_VANCE = ['CRITICISM OCCURRED - jd-vance:RECIPIENT olaf-scholz:INITIATOR'];

describe('fronted objects', () => {
  it.each([
    ['de', 'Den Hamas-Führern wirft Chefankläger Karim Khan Mord vor.', KHAN_ACCUSES_HAMAS],
    ['de', 'Karim Khan wirft den Hamas-Führern Mord vor.', KHAN_ACCUSES_HAMAS],
    ['en', 'Karim Khan accused the Hamas leaders of murder.', KHAN_ACCUSES_HAMAS],
    ['de', 'Dem Kanzler Olaf Scholz warf Friedrich Merz Versagen vor.', MERZ_ACCUSES_SCHOLZ],
    ['en', 'Friedrich Merz accused Chancellor Olaf Scholz of failure.', MERZ_ACCUSES_SCHOLZ],
    ['de', 'Olaf Scholz spricht in München. Die Rede von JD Vance weist er zurück.', SCHOLZ_REJECTS_VANCE],
    ['en', "Olaf Scholz spoke in Munich. He rejected JD Vance's speech.", SCHOLZ_REJECTS_VANCE],
    // The partner of a rejected contact is no target, fronted or not.
    ['de', 'Abbas Araghtschi bleibt hart. Ein Treffen mit Donald Trump lehnte er ab.', []],
    ['en', 'Abbas Araghchi stayed firm. He rejected a meeting with Donald Trump.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text)).filter((l) => !l.startsWith('STATEMENT'))).toEqual(expected);
  });
});
