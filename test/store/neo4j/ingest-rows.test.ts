import { nameKey } from '../../../src/domain/name-key';
import { articleFacts } from '../../../src/store/article-facts';
import { knowledgeNames } from '../../../src/store/knowledge-names';
import { actorIdsOf, ingestRows } from '../../../src/store/neo4j/ingest-rows';
import { fixture } from '../../helpers/store-fixtures';

describe('neo4j ingest rows', () => {
  const { article, extraction } = fixture({
    id: 'a9', publishedAt: '2025-07-05', title: 'Télé', interactions: [
      { type: 'CALL', date: '2025-07-05', parts: [['w-putin', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT']], topics: ['iran'] },
      { type: 'CALL', date: '2025-07-05', parts: [['w-putin', 'PARTICIPANT'], ['vladimir-putin', 'PARTICIPANT']], topics: ['nato'], evidence: 'Second telling.' },
    ],
  });
  const facts = articleFacts(article, extraction);
  const rows = ingestRows(facts, new Map([['w-putin', 'vladimir-putin']]));

  it('carries the knowledge-base names of each actor as knownKeys, and the rule of each report', () => {
    const russia = rows.actors.find((a) => a.id === 'RUS')!;
    expect(russia.knownKeys).toEqual([...new Set(knowledgeNames('COUNTRY', 'RUS').map(nameKey))].sort());
    expect(russia.knownKeys).toEqual(expect.arrayContaining(['russland', 'russia']));
    expect(rows.reports.map((r) => r.rule)).toEqual(['fixture']);
  });

  it('names every actor id the facts use', () => {
    expect(actorIdsOf(facts).sort()).toEqual(['RUS', 'vladimir-putin', 'w-putin']);
  });

  it('combines the facts of ids that a merge made one actor', () => {
    expect(rows.actors).toHaveLength(2);
    const putin = rows.actors.find((a) => a.id === 'vladimir-putin')!;
    expect(putin).toMatchObject({
      name: 'W. Putin', nameKey: 'w putin', title: 'President of Russia', role: 'LEADER', country: 'RUS',
      aliases: ['W. Putin', 'Wladimir Wladimirowitsch Putin', 'Vladimir Putin', 'Putin', 'Wladimir Putin'],
      aliasKeys: ['w putin', 'wladimir wladimirowitsch putin', 'vladimir putin', 'putin', 'wladimir putin'],
    });
    expect(Number(putin.mentions)).toBe(6);
    expect(rows.affiliations).toEqual([{ articleId: 'a9', personId: 'vladimir-putin', targetId: 'RUS', to: null }]);
    expect(rows.personIds).toEqual(['vladimir-putin']);
  });

  it('keeps the last report of an interaction the article reports twice, with resolved participants', () => {
    expect(rows.reports).toHaveLength(1);
    expect(rows.reports[0]).toMatchObject({
      articleId: 'a9', interactionId: 'call:2025-07-05:vladimir-putin+w-putin', evidence: 'Second telling.', evidenceKey: 'second telling',
      topicIds: ['nato'], participantIds: ['vladimir-putin', 'vladimir-putin'], participantRoles: ['PARTICIPANT', 'PARTICIPANT'],
    });
    expect(rows.topics.map((t) => t.id)).toEqual(['nato']);
    expect(rows.interactionIds).toEqual(['call:2025-07-05:vladimir-putin+w-putin']);
  });

  it('normalises the article title and text for search', () => {
    expect(rows.article).toMatchObject({ id: 'a9', titleKey: 'tele', textKey: 'text of article a9' });
  });
});
