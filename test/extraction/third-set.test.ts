/**
 * A small set of paragraphs about actors outside the seeds and the synthetic set (Japan/South
 * Korea, Brazil/Argentina, Saudi Arabia/Iran, Poland/Lithuania, India/China), written to check
 * that the rules generalise. Expected lines follow `interactionLines` (SUBJECTs left out).
 */
import { interactionLines, run } from '../helpers/extraction-harness';

describe('third set: other outlets, dates and actors', () => {
  it.each([
    ['en', '2025-08-23',
      'Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday, sharing dinner with his guest at his official residence. The two leaders held talks on trade and North Korea.',
      ['MEETING OCCURRED 2025-08-23 lee-jae-myung:PARTICIPANT shigeru-ishiba:PARTICIPANT']],
    ['en', '2024-11-19',
      'Brazilian President Luiz Inácio Lula da Silva met Argentine President Javier Milei on the sidelines of the G20 summit in Rio de Janeiro on Monday. Milei said Argentina wanted closer trade ties.',
      ['MEETING OCCURRED 2024-11-18 javier-milei:PARTICIPANT luiz-inacio-lula-da-silva:PARTICIPANT', 'STATEMENT OCCURRED - javier-milei:SPEAKER']],
    ['en', '2023-03-10',
      'Saudi Foreign Minister Prince Faisal bin Farhan met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Friday. Amir-Abdollahian said the agreement would open a new chapter.',
      ['MEETING OCCURRED 2023-03-10 faisal-bin-farhan:PARTICIPANT hossein-amir-abdollahian:PARTICIPANT', 'STATEMENT OCCURRED - hossein-amir-abdollahian:SPEAKER']],
    ['en', '2025-05-03',
      'Polish Prime Minister Donald Tusk spoke by phone with Lithuanian President Gitanas Nausėda on Friday. Nausėda said the two countries would defend NATO\'s eastern flank together.',
      ['CALL OCCURRED 2025-05-02 donald-tusk:PARTICIPANT gitanas-nauseda:PARTICIPANT', 'STATEMENT OCCURRED - gitanas-nauseda:SPEAKER']],
    ['en', '2024-10-24',
      'Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on Wednesday. The two leaders held talks for the first time in five years.',
      ['MEETING OCCURRED 2024-10-23 narendra-modi:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['de', '2025-08-23',
      'Der japanische Ministerpräsident Shigeru Ishiba ist am Samstag in Tokio mit dem südkoreanischen Präsidenten Lee Jae-myung zusammengetroffen. Ishiba sagte, beide Länder wollten enger zusammenarbeiten.',
      ['MEETING OCCURRED 2025-08-23 lee-jae-myung:PARTICIPANT shigeru-ishiba:PARTICIPANT', 'STATEMENT OCCURRED - shigeru-ishiba:SPEAKER']],
    ['de', '2024-11-19',
      'Der brasilianische Präsident Lula ist am Montag in Rio de Janeiro mit dem argentinischen Präsidenten Javier Milei zusammengetroffen. Milei erklärte, Argentinien wolle den Handel ausbauen.',
      ['MEETING OCCURRED 2024-11-18 javier-milei:PARTICIPANT luiz-inacio-lula-da-silva:PARTICIPANT', 'STATEMENT OCCURRED - javier-milei:SPEAKER']],
    ['de', '2025-05-03',
      'Der polnische Regierungschef Donald Tusk hat am Freitag mit dem litauischen Präsidenten Gitanas Nausėda telefoniert. Nausėda betonte, beide Länder würden die Ostflanke der NATO gemeinsam verteidigen.',
      ['CALL OCCURRED 2025-05-02 donald-tusk:PARTICIPANT gitanas-nauseda:PARTICIPANT', 'STATEMENT OCCURRED - gitanas-nauseda:SPEAKER']],
    ['de', '2024-10-24',
      'Der indische Premierminister Narendra Modi hat am Mittwoch in Kasan den chinesischen Präsidenten Xi Jinping getroffen. Am Donnerstag soll der indische Premierminister Xi erneut treffen.',
      ['MEETING OCCURRED 2024-10-23 narendra-modi:PARTICIPANT xi-jinping:PARTICIPANT', 'MEETING PLANNED 2024-10-24 narendra-modi:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['de', '2023-03-10',
      'Der saudische Außenminister Faisal bin Farhan hat in Peking mit dem iranischen Außenminister Hossein Amir-Abdollahian verhandelt. Amir-Abdollahian sagte, die Einigung eröffne ein neues Kapitel.',
      ['TALKS OCCURRED - IRN:PARTICIPANT SAU:PARTICIPANT faisal-bin-farhan:PARTICIPANT hossein-amir-abdollahian:PARTICIPANT', 'STATEMENT OCCURRED - hossein-amir-abdollahian:SPEAKER']],
    ['en', '2025-09-12',
      'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City on Thursday and later said both countries would coordinate on tariffs. Sheinbaum told reporters the talks had been "very productive".',
      ['MEETING OCCURRED 2025-09-11 claudia-sheinbaum:PARTICIPANT mark-carney:PARTICIPANT', 'STATEMENT OCCURRED - claudia-sheinbaum:SPEAKER', 'STATEMENT OCCURRED 2025-09-11 mark-carney:SPEAKER']],
    ['de', '2025-09-12',
      'Polens Außenminister Radosław Sikorski kritisierte den Drohnenangriff und erklärte, Moskau teste die Nato. Tusk traf anschließend den litauischen Präsidenten Gitanas Nausėda, der den Angriff als „Provokation“ bezeichnete.',
      ['CRITICISM OCCURRED - RUS:RECIPIENT radoslaw-sikorski:INITIATOR', 'MEETING OCCURRED - donald-tusk:PARTICIPANT gitanas-nauseda:PARTICIPANT', 'STATEMENT OCCURRED - gitanas-nauseda:SPEAKER', 'STATEMENT OCCURRED - radoslaw-sikorski:SPEAKER']],
    ['en', '2025-04-10',
      'Brazilian President Luiz Inácio Lula da Silva hosted Chilean President Gabriel Boric in Brasília on Wednesday. He later consulted Colombian President Gustavo Petro about the regional summit. Argentine President Javier Milei criticised the meeting.',
      ['CONSULTATION OCCURRED - gustavo-petro:PARTICIPANT luiz-inacio-lula-da-silva:PARTICIPANT', 'CRITICISM OCCURRED - javier-milei:INITIATOR luiz-inacio-lula-da-silva:RECIPIENT', 'MEETING OCCURRED 2025-04-09 gabriel-boric:RECIPIENT luiz-inacio-lula-da-silva:INITIATOR']],
    ['de', '2025-04-10',
      'Der brasilianische Präsident Lula hat am Mittwoch den chilenischen Präsidenten Gabriel Boric in Brasília empfangen. Er telefonierte anschließend mit dem kolumbianischen Präsidenten Gustavo Petro. Der argentinische Präsident Javier Milei kritisierte das Treffen.',
      ['CALL OCCURRED - gustavo-petro:PARTICIPANT luiz-inacio-lula-da-silva:PARTICIPANT', 'CRITICISM OCCURRED - javier-milei:INITIATOR luiz-inacio-lula-da-silva:RECIPIENT', 'MEETING OCCURRED 2025-04-09 gabriel-boric:RECIPIENT luiz-inacio-lula-da-silva:INITIATOR']],
    ['en', '2025-04-10',
      'South Korean President Lee Jae-myung called Japanese Prime Minister Shigeru Ishiba on Thursday. She warned that the tariffs would hurt both economies.',
      ['CALL OCCURRED 2025-04-10 lee-jae-myung:INITIATOR shigeru-ishiba:RECIPIENT', 'STATEMENT OCCURRED - lee-jae-myung:SPEAKER']],
  ])('%s %s: %s', (language, publishedAt, text, expected) => {
    expect(interactionLines(run(text, { language, publishedAt }))).toEqual([...expected].sort());
  });
});

describe('pair references and title phrases', () => {
  it.each([
    ['en', 'the two leaders: the persons of the sentence', 'Modi told Xi that peace mattered, as the two leaders held talks in Kazan.',
      ['MEETING OCCURRED - narendra-modi:PARTICIPANT xi-jinping:PARTICIPANT', 'STATEMENT OCCURRED - narendra-modi:SPEAKER']],
    ['en', 'the two leaders: the contact just reported', 'Lula called Milei on Monday. On Tuesday the two leaders held talks in Brasília.',
      ['CALL OCCURRED 2025-03-03 javier-milei:RECIPIENT luiz-inacio-lula-da-silva:INITIATOR', 'MEETING OCCURRED 2025-03-04 javier-milei:PARTICIPANT luiz-inacio-lula-da-silva:PARTICIPANT']],
    ['en', 'a "with" phrase naming the agent again', 'Tusk met Nausėda on Friday, sharing lunch with his host.',
      ['MEETING OCCURRED 2025-02-28 donald-tusk:PARTICIPANT gitanas-nauseda:PARTICIPANT']],
    ['de', 'Landesadjektiv vor fremder Person: "der indische Premierminister Xi treffen"', 'Am Donnerstag soll der indische Premierminister Xi treffen.',
      ['MEETING PLANNED 2025-03-06 narendra-modi:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['de', 'Titel-Alias nach Landesadjektiv: Person, nicht Land', 'Der brasilianische Präsident Lula ist mit Milei zusammengetroffen.',
      ['MEETING OCCURRED - javier-milei:PARTICIPANT luiz-inacio-lula-da-silva:PARTICIPANT']],
  ])('%s: %s', (language, _what, text, expected) => {
    expect(interactionLines(run(text, { language, publishedAt: '2025-03-05' }))).toEqual([...expected].sort());
  });
});
