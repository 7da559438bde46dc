/**
 * The words of the synthetic corpus, per language: how offices are written, what actors discuss,
 * and neutral filler. Filler is checked against the trigger lexicons at generation time (see
 * generate.ts), so a sentence that would read as an interaction is never used as padding.
 */
import type { OfficeKey } from '../../src/knowledge/schema';

export type Lang = 'en' | 'de';

/** English office labels, written between the country adjective and the name. */
export const OFFICE_EN: Partial<Record<OfficeKey, string>> = {
  president: 'President', 'president-elect': 'President-elect', 'vice-president': 'Vice President',
  'prime-minister': 'Prime Minister', chancellor: 'Chancellor', king: 'King', queen: 'Queen', emir: 'Emir',
  'crown-prince': 'Crown Prince', 'supreme-leader': 'Supreme Leader', pope: 'Pope',
  'foreign-minister': 'Foreign Minister', 'defense-minister': 'Defense Minister', 'finance-minister': 'Finance Minister',
  'interior-minister': 'Interior Minister', minister: 'Minister', 'secretary-of-state': 'Secretary of State',
  'national-security-adviser': 'National Security Adviser', 'chief-of-staff': 'Chief of Staff',
  'press-secretary': 'Press Secretary', spokesperson: 'spokesperson', aide: 'aide', envoy: 'envoy',
  ambassador: 'Ambassador', 'secretary-general': 'Secretary General', 'commission-president': 'Commission President',
  'council-president': 'Council President', 'high-representative': 'High Representative', general: 'General',
  'intelligence-chief': 'intelligence chief', 'director-general': 'Director General',
};

/** German office nouns: nominative, oblique (accusative/dative) masculine, feminine. */
export const OFFICE_DE: Partial<Record<OfficeKey, [string, string, string]>> = {
  president: ['Präsident', 'Präsidenten', 'Präsidentin'],
  'vice-president': ['Vizepräsident', 'Vizepräsidenten', 'Vizepräsidentin'],
  'prime-minister': ['Premierminister', 'Premierminister', 'Premierministerin'],
  chancellor: ['Kanzler', 'Kanzler', 'Kanzlerin'],
  king: ['König', 'König', 'Königin'],
  queen: ['Königin', 'Königin', 'Königin'],
  emir: ['Emir', 'Emir', 'Emirin'],
  'crown-prince': ['Kronprinz', 'Kronprinzen', 'Kronprinzessin'],
  'supreme-leader': ['Revolutionsführer', 'Revolutionsführer', 'Revolutionsführerin'],
  pope: ['Papst', 'Papst', 'Papst'],
  'foreign-minister': ['Außenminister', 'Außenminister', 'Außenministerin'],
  'defense-minister': ['Verteidigungsminister', 'Verteidigungsminister', 'Verteidigungsministerin'],
  'finance-minister': ['Finanzminister', 'Finanzminister', 'Finanzministerin'],
  'interior-minister': ['Innenminister', 'Innenminister', 'Innenministerin'],
  minister: ['Minister', 'Minister', 'Ministerin'],
  'secretary-of-state': ['Außenminister', 'Außenminister', 'Außenministerin'],
  'national-security-adviser': ['Sicherheitsberater', 'Sicherheitsberater', 'Sicherheitsberaterin'],
  'chief-of-staff': ['Stabschef', 'Stabschef', 'Stabschefin'],
  'press-secretary': ['Pressesprecher', 'Pressesprecher', 'Pressesprecherin'],
  spokesperson: ['Sprecher', 'Sprecher', 'Sprecherin'],
  aide: ['Berater', 'Berater', 'Beraterin'],
  envoy: ['Sondergesandte', 'Sondergesandten', 'Sondergesandte'],
  ambassador: ['Botschafter', 'Botschafter', 'Botschafterin'],
  'secretary-general': ['Generalsekretär', 'Generalsekretär', 'Generalsekretärin'],
  'commission-president': ['Kommissionspräsident', 'Kommissionspräsidenten', 'Kommissionspräsidentin'],
  'council-president': ['Ratspräsident', 'Ratspräsidenten', 'Ratspräsidentin'],
  'high-representative': ['Außenbeauftragte', 'Außenbeauftragten', 'Außenbeauftragte'],
  general: ['General', 'General', 'Generalin'],
  'intelligence-chief': ['Geheimdienstchef', 'Geheimdienstchef', 'Geheimdienstchefin'],
  'director-general': ['Generaldirektor', 'Generaldirektor', 'Generaldirektorin'],
};

/** Offices written without a country adjective ("Pope Leo XIV"). */
export const NO_ADJECTIVE: ReadonlySet<OfficeKey> = new Set<OfficeKey>(['pope']);

/** How a few countries prefix a title in news style, where the adjective would read oddly. */
export const COUNTRY_PREFIX: Record<Lang, Record<string, string>> = {
  en: { USA: 'U.S.', GBR: 'British', ARE: 'Emirati' },
  de: { USA: 'US' },
};

/** Given names read as female, for German titles; everyone else gets the masculine form. */
export const FEMALE_GIVEN_NAMES = new Set([
  'Angela', 'Anna', 'Annalena', 'Antonella', 'Christine', 'Claudia', 'Droupadi', 'Elina', 'Elvira', 'Evika', 'Giorgia',
  'Hillary', 'Ingrida', 'Iryna', 'Jacinda', 'Julia', 'Kaja', 'Kamala', 'Karoline', 'Kirsty', 'Kristalina', 'Kristi',
  'Linda', 'Liz', 'Maia', 'Maria', 'Marine', 'Mary', 'Mette', 'Nancy', 'Ngozi', 'Olena', 'Pam', 'Penny', 'Petra',
  'Rachel', 'Roberta', 'Sanna', 'Susie', 'Svitlana', 'Sviatlana', 'Tatiana', 'Theresa', 'Tulsi', 'Ursula', 'Valentina',
  'Victoria', 'Ylva', 'Yulia', 'Yvette',
]);

export const WEEKDAYS: Record<Lang, string[]> = {
  // Date.getUTCDay order: Sunday first.
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
};

export const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

/** What actors discuss, by topic id: [English object phrase, German accusative phrase, headline words]. */
export const TOPICS: Record<string, { en: string; de: string; headline: Record<Lang, string> }> = {
  'ukraine-war': { en: 'the war in Ukraine', de: 'den Krieg in der Ukraine', headline: { en: 'war in Ukraine', de: 'Krieg in der Ukraine' } },
  ceasefire: { en: 'a possible ceasefire', de: 'einen möglichen Waffenstillstand', headline: { en: 'ceasefire', de: 'Waffenstillstand' } },
  'peace-talks': { en: 'a diplomatic settlement', de: 'eine diplomatische Lösung', headline: { en: 'peace efforts', de: 'Friedensbemühungen' } },
  sanctions: { en: 'new sanctions', de: 'neue Sanktionen', headline: { en: 'sanctions', de: 'Sanktionen' } },
  'military-aid': { en: 'military aid and air defense', de: 'Militärhilfe und Luftabwehr', headline: { en: 'military aid', de: 'Militärhilfe' } },
  'drone-strikes': { en: 'the threat from drones', de: 'die Bedrohung durch Drohnen', headline: { en: 'drones', de: 'Drohnen' } },
  nato: { en: 'defense spending in the alliance', de: 'die Verteidigungsausgaben im Bündnis', headline: { en: 'alliance spending', de: 'Bündnis' } },
  'middle-east': { en: 'the situation in the Middle East', de: 'die Lage im Nahen Osten', headline: { en: 'Middle East', de: 'Nahost' } },
  'prisoner-exchange': { en: 'a prisoner exchange', de: 'einen Gefangenenaustausch', headline: { en: 'prisoner exchange', de: 'Gefangenenaustausch' } },
  trade: { en: 'trade and tariffs', de: 'Handel und Zölle', headline: { en: 'trade', de: 'Handel' } },
  energy: { en: 'energy and gas prices', de: 'Öl und Gas', headline: { en: 'energy', de: 'Energie' } },
  nuclear: { en: 'nuclear safety', de: 'nukleare Sicherheit', headline: { en: 'nuclear safety', de: 'Atomfragen' } },
  elections: { en: 'the coming elections', de: 'die anstehenden Wahlen', headline: { en: 'elections', de: 'Wahlen' } },
};

/** Neutral places for meetings: [English, German]. */
export const NEUTRAL_CITIES: [string, string][] = [
  ['Geneva', 'Genf'], ['Istanbul', 'Istanbul'], ['Vienna', 'Wien'], ['Helsinki', 'Helsinki'], ['Brussels', 'Brüssel'],
];

export const DEMANDS: Record<Lang, string[]> = {
  en: ['withdraw its troops', 'return to the negotiating table', 'respect international law', 'stop the escalation', 'keep its promises'],
  de: ['die Truppen abziehen', 'an den Verhandlungstisch zurückkehren', 'das Völkerrecht achten', 'die Eskalation beenden', 'die Zusagen einhalten'],
};

export const APPEALS: Record<Lang, string[]> = {
  en: ['agree to a ceasefire', 'release all prisoners of war', 'increase defense spending', 'lift the blockade of the ports', 'show restraint'],
  de: ['einem Waffenstillstand zuzustimmen', 'alle Kriegsgefangenen freizulassen', 'die Verteidigungsausgaben zu erhöhen', 'die Blockade der Häfen aufzuheben', 'Zurückhaltung zu üben'],
};

export const QUOTES: Record<Lang, string[]> = {
  en: ['We had a frank and useful exchange', 'The door to dialogue remains open', 'We will continue to work closely together', 'There is still a long way to go', 'Our position has not changed'],
  de: ['Wir hatten einen offenen und nützlichen Austausch', 'Die Tür für den Dialog bleibt offen', 'Wir werden weiter eng zusammenarbeiten', 'Es ist noch ein weiter Weg', 'Unsere Position hat sich nicht geändert'],
};

export const SOURCES = ['Synthetic Wire', 'Bench News Agency', 'Testpresse', 'Corpus Daily', 'Lastprobe Zeitung'];

/**
 * Padding that reads like news but names no actor and no interaction. `{n}` becomes a number and
 * `{month}` a month name, so no two articles are the same text.
 */
export const FILLER: Record<Lang, string[]> = {
  en: [
    'Markets reacted calmly to the news, with the main stock index closing slightly higher in afternoon trading.',
    'Analysts pointed out that the diplomatic calendar for the coming months remains crowded.',
    'The government has faced growing pressure at home over rising prices and a slowing economy.',
    'Observers noted that both sides have an interest in keeping channels of communication open.',
    'Details of the agenda were not immediately made public.',
    'Inflation eased to {n} percent last month, the lowest level in more than a year.',
    'Thousands of people gathered in the capital over the weekend to mark a national holiday.',
    'The weather service warned of heavy rain and strong winds in the northern provinces.',
    'Experts cautioned that any agreement would take months to implement.',
    'The central bank left its benchmark interest rate unchanged at {n} percent.',
    'Diplomats familiar with the preparations described the atmosphere as constructive.',
    'Humanitarian organisations have repeatedly warned about shortages of food and medicine.',
    'The issue is expected to dominate the agenda of several international gatherings this year.',
    'Trade volumes between the two regions grew by {n} percent over the past year.',
    'Several ministers are due to travel abroad in the coming weeks.',
    'Security around government buildings was tightened throughout the day.',
    'Opinion polls show that a majority of voters favour a negotiated outcome.',
    'Lawmakers are expected to vote on the budget before the end of {month}.',
    'Energy prices have fallen from their peak but remain well above the long-term average.',
    'Commentators in the local press offered a mixed assessment of the results.',
    'A number of questions remained unanswered, including the timing of the next steps.',
    'Officials have been working for weeks to narrow the remaining differences.',
    'Journalists were not allowed to attend the closed-door session.',
    'Earlier this year, a similar initiative failed to produce lasting results.',
    'Economists estimate that reconstruction will cost more than {n} billion dollars.',
    'The announcement came as temperatures dropped sharply across much of the continent.',
    'Local authorities reported that schools and hospitals were operating normally.',
    'Roughly {n} delegates from more than forty countries are registered for the conference.',
    'The currency strengthened slightly against the dollar after the announcement.',
    'Freight traffic through the ports of the region has slowly returned to normal levels.',
    'Farmers have been waiting for months for the promised compensation payments.',
    'A senior diplomat described the mood as cautiously optimistic.',
    'The government published a short summary on its website late in the evening.',
    'Television stations interrupted their regular programming to report the news.',
    'Unemployment rose to {n} percent, official figures published in {month} showed.',
    'Independent analysts remain divided over what the latest developments mean for the region.',
    'Airlines cancelled dozens of flights because of a walkout by air traffic controllers.',
    'Efforts to rebuild damaged infrastructure have accelerated since the spring.',
    'A detailed proposal is due to be presented to lawmakers in {month}.',
    'Supporters of the plan believe it could pave the way for broader cooperation.',
    'The expert groups plan to reconvene later in the year.',
    'Rail traffic in the border regions was temporarily restricted.',
    'Several companies announced investments worth {n} million dollars.',
    'The budget committee sat until late in the evening.',
    'Some experts believe the reforms could take {n} years to complete.',
  ],
  de: [
    'Die Börsen reagierten gelassen, der Leitindex schloss am Nachmittag leicht im Plus.',
    'Nach Einschätzung von Beobachtern ist der diplomatische Kalender der kommenden Monate voll.',
    'Die Regierung steht im eigenen Land wegen steigender Preise unter wachsendem Druck.',
    'Einzelheiten der Tagesordnung wurden zunächst nicht bekannt.',
    'Die Inflation ging im vergangenen Monat auf {n} Prozent zurück.',
    'Tausende Menschen versammelten sich am Wochenende in der Hauptstadt.',
    'Der Wetterdienst warnte vor starkem Regen und Sturmböen im Norden des Landes.',
    'Fachleute gehen davon aus, dass die Umsetzung einer Einigung Monate dauern würde.',
    'Die Zentralbank beließ den Leitzins unverändert bei {n} Prozent.',
    'Diplomaten beschrieben die Atmosphäre als konstruktiv.',
    'Hilfsorganisationen warnen seit Langem vor einem Mangel an Lebensmitteln und Medikamenten.',
    'Das Handelsvolumen zwischen den beiden Regionen wuchs im vergangenen Jahr um {n} Prozent.',
    'Mehrere Minister reisen in den kommenden Wochen ins Ausland.',
    'Die Sicherheitsvorkehrungen rund um die Regierungsgebäude wurden verschärft.',
    'Nach jüngsten Umfragen unterstützt eine Mehrheit der Bevölkerung eine Verhandlungslösung.',
    'Die Abgeordneten sollen noch vor Ende {month} über den Haushalt abstimmen.',
    'Die Energiepreise sind von ihrem Höchststand gefallen, liegen aber weiter über dem langjährigen Mittel.',
    'Die Kommentare in der Lokalpresse fielen gemischt aus.',
    'Viele Fragen blieben offen, darunter der Zeitplan für die nächsten Schritte.',
    'Seit Wochen arbeiten Fachleute daran, die verbliebenen Differenzen zu verringern.',
    'Journalisten waren bei der Sitzung hinter verschlossenen Türen nicht zugelassen.',
    'Bereits zu Jahresbeginn war eine ähnliche Initiative ohne dauerhaftes Ergebnis geblieben.',
    'Ökonomen schätzen die Kosten für den Wiederaufbau auf mehr als {n} Milliarden Euro.',
    'Schulen und Krankenhäuser arbeiteten nach Auskunft der örtlichen Behörden normal.',
    'Rund {n} Delegierte aus mehr als vierzig Ländern haben sich für die Konferenz angemeldet.',
    'Der Güterverkehr über die Häfen der Region hat sich langsam normalisiert.',
    'Landwirte warten seit Monaten auf die versprochenen Ausgleichszahlungen.',
    'Ein ranghoher Diplomat beschrieb die Stimmung als vorsichtig optimistisch.',
    'Am späten Abend erschien eine kurze Zusammenfassung auf der Internetseite der Regierung.',
    'Die Fernsehsender unterbrachen ihr reguläres Programm für Sondersendungen.',
    'Die Arbeitslosenquote stieg im {month} auf {n} Prozent.',
    'Unabhängige Fachleute sind sich uneins, was die jüngsten Entwicklungen für die Region bedeuten.',
    'Wegen eines Streiks der Fluglotsen fielen Dutzende Flüge aus.',
    'Die Bemühungen um den Wiederaufbau zerstörter Infrastruktur haben sich seit dem Frühjahr beschleunigt.',
    'Ein ausführlicher Vorschlag soll den Abgeordneten im {month} vorgelegt werden.',
    'Die Landeswährung legte nach der Ankündigung leicht gegenüber dem Dollar zu.',
    'Die Temperaturen sanken in weiten Teilen des Kontinents deutlich.',
    'Befürworter des Plans hoffen auf eine breitere Zusammenarbeit.',
    'Die Expertengruppen wollen später im Jahr erneut zusammenkommen.',
    'In den Grenzregionen wurde der Zugverkehr vorübergehend eingeschränkt.',
    'Die Opposition verlangte mehr Transparenz in der Außenpolitik.',
    'Mehrere Unternehmen planen Investitionen in Höhe von {n} Millionen Euro.',
    'Der Haushaltsausschuss tagte bis in die späten Abendstunden.',
    'Nach Schätzungen von Fachleuten könnten die Reformen {n} Jahre in Anspruch nehmen.',
    'Viele Familien klagen über die hohen Mieten in den Städten.',
  ],
};
