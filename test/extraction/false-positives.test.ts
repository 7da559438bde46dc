/** Sentences that must NOT produce an interaction (or not of the named types). */
import { expectNoInteraction } from '../helpers/extraction-harness';

describe('no interaction', () => {
  it.each([
    ['en', 'criticism without quoted words is no statement', 'Slovak Prime Minister Robert Fico criticised the sanctions package.', ['STATEMENT']],
    ['en', 'a verb after "and" with a new subject does not reach back', 'Putin met Modi in Moscow, and officials said the talks were useful.', ['STATEMENT']],
    ['de', 'Kritik im Plusquamperfekt ist Hintergrund', 'Trump hatte die Führung in Teheran vergangene Woche als „gefährlich“ kritisiert.', ['STATEMENT']],
    ['de', 'ein Relativsatz nach einem Land hat keinen Sprecher', 'Merz reiste nach Litauen, die die Stationierung als „historisch“ bezeichnete.', ['STATEMENT']],
    ['en', 'a negated meeting', 'Polish Prime Minister Donald Tusk did not attend the summit in Brussels.', []],
    ['en', '"consulted" experts is no contact', 'Tusk consulted experts about the tariffs.', []],
    ['de', 'Beratung mit Fachleuten ist kein Kontakt', 'Tusk beriet sich mit Fachleuten über die Zölle.', []],
    ['en', 'criticism of negotiations is not aimed at a person who took part', 'Sikorski criticised the latest round of negotiations.', ['CRITICISM']],
    ['de', 'Kritik an Verhandlungen trifft keinen Teilnehmer', 'Sikorski kritisierte die jüngsten Verhandlungen.', ['CRITICISM']],
    ['en', 'criticism of a call with no call reported before', 'Boric sharply criticised the call.', ['CRITICISM']],
    ['de', 'Kritik an einem Besuch ohne vorher berichteten Besuch', 'Sharif kritisierte den Besuch scharf.', ['CRITICISM']],
    ['en', 'no interest in meeting', 'Putin has shown no interest in meeting Zelensky.', []],
    ['en', 'a negated meeting between named persons', 'Rubio did not meet Lavrov during his visit to Turkey.', []],
    ['en', 'talks only demanded', 'Zelensky stressed the need for direct talks with Putin.', ['TALKS', 'MEETING', 'CONSULTATION']],
    ['en', '"call for" is an appeal, not a phone call', 'Macron renewed his call for a ceasefire in Gaza.', ['CALL']],
    ['en', 'a generic mention of negotiations', 'Such high-level negotiations rarely produce quick results.', []],
    ['en', 'an anonymous source says nothing we can attribute', 'A senior U.S. official said the talks had stalled.', ['STATEMENT']],
    ['en', 'a news agency reporting is not a statement', 'Reuters reported that the summit was postponed.', ['STATEMENT']],
    ['en', 'a participle used as an adjective', 'The announced sanctions hit Russian banks.', []],
    ['en', 'speaking to reporters is no contact', 'Trump spoke to reporters at the White House.', ['CONSULTATION', 'CALL', 'MEETING', 'TALKS']],
    ['en', 'an event inside a quotation', '"We had a long call with Putin," an aide recalled.', ['CALL']],
    ['en', 'a contact noun without parties', 'The conversation lasted an hour.', []],
    ['en', 'met with skepticism is no meeting', 'The proposal was met with skepticism in Kyiv.', []],
    ['en', 'a summit of an organization is no meeting with it', 'Putin gave a press conference on the sidelines of the BRICS summit.', ['MEETING']],
    ['en', 'capital as a place, not a party', 'Trump met reporters in Moscow.', ['MEETING']],
    ['de', 'ein abgelehntes Treffen', 'Der Kremlchef lehnte ein Treffen mit dem ukrainischen Präsidenten ab.', []],
    ['de', 'ein nicht stattgefundenes Treffen', 'Selenskyj traf Putin nicht.', []],
    ['de', 'ein nur gefordertes Gespräch', 'Die Opposition betonte die Notwendigkeit von Gesprächen mit Russland.', ['TALKS', 'CONSULTATION']],
    ['de', 'reported speech is not the speaker meeting', 'Putins Sprecher Dmitri Peskow sagte, ein Treffen mit Selenskyj sei nicht geplant.', ['MEETING']],
    ['de', 'a source speaking with a news agency', 'Das sagte eine Quelle des Weißen Hauses, die anonym mit AFP sprach.', []],
    ['de', '"gab" without its particle is no statement', 'Es gab keine Einigung zwischen Berlin und Paris.', ['STATEMENT']],
    ['en', 'an unnamed spokesperson is not the leader who owns the title', "Macron's spokesperson said the visit was a success.", ['STATEMENT']],
    ['de', 'ein Titel-Präfix ist keine Partei', 'EU-Ratspräsident Charles Michel kritisierte den Besuch scharf.', ['CRITICISM']],
    ['en', 'a pause of gas supplies by nobody named is no aid', 'Gas deliveries to Europe were paused for maintenance.', ['AID']],
    ['de', 'ihre Gespräche ohne genannte Parteien', 'Die Delegationen setzten ihre Gespräche fort.', []],
    ['en', '"called" with an adjective borrows no subject for a call', 'Macron met Scholz in Paris for talks that both sides called frank.', ['CALL']],
    ['en', 'a compound is only German', 'Macron praised the peacetalks in Paris.', ['TALKS']],
    ['de', 'ein Wort, das nur auf -gespräche endet, ohne Kompositum', 'Die Gespräche blieben ohne Ergebnis.', []],
    ['de', 'Verbklammer mit "und" ohne zweite Partei', 'Am Montag hatte Macron in Kiew getroffen und gelobt.', ['MEETING']],
    ['en', 'a request with no contact is no contact', 'The hearing was postponed at Washington\'s request.', []],
    ['de', 'eine Einladung ohne Kontakt ist kein Kontakt', 'Die Konferenz findet auf Einladung von Berlin statt.', []],
    ['en', '"that evening" alone creates no contact', 'That evening the Kremlin stayed silent.', []],
    ['de', '"am Vortag" allein schafft keinen Kontakt', 'Am Vortag war es in Kiew ruhig geblieben.', []],
  ])('%s: %s', (_lang, _what, text, types) => {
    expectNoInteraction(text, types as string[]);
  });
});

describe('no interaction when negated in the trigger clause', () => {
  it.each([
    ['en', 'A meeting between Macron and Selenskyy is not on the agenda.', []],
    ['en', 'The summit of Sánchez and Erdogan was called off.', []],
    ['en', 'Sánchez stopped short of condemning Erdogan.', []],
    ['en', 'Macron declined to meet Erdogan in Ankara.', []],
    ['de', 'Ein Treffen zwischen Macron und Erdogan ist nicht geplant.', []],
    ['de', 'Das Gespräch zwischen Sánchez und Erdogan fand nicht statt.', []],
    ['de', 'Ein Telefonat zwischen Macron und Erdogan hat es nie gegeben.', []],
    ['de', 'Es gab kein Treffen zwischen Sánchez und Erdogan.', []],
    ['en', 'Two diplomats said the talks had stalled.', ['TALKS', 'MEETING', 'CONSULTATION']],
    ['en', 'Both sides held talks in Geneva.', ['MEETING', 'CONSULTATION']],
    ['en', 'Witkoff met Putin on Monday. The two leaders discussed a ceasefire.', ['CONSULTATION']],
    ['de', 'Beide Seiten verhandelten in Genf.', ['MEETING', 'CONSULTATION']],
    ['de', 'Die beiden Länder verhandeln seit Jahren.', ['MEETING', 'CONSULTATION']],
  ])('%s: %s', (language, text, types) => {
    expectNoInteraction(text, types as string[], { language });
  });
});
