/** The pure timeline module: intervals, reportedAt and buckets. */
import type { InteractionRecord } from '../../src/domain/graph';
import { buildTimeline, intervalOf, reportedAt } from '../../src/time/timeline';

const record = (over: Partial<InteractionRecord>): InteractionRecord => ({
  id: 'x', type: 'CALL', status: 'OCCURRED', date: null, place: null, summary: '', rule: null, participants: [], topicIds: [], sources: [], ...over,
});
const source = (publishedAt: string | null, evidence = 'They spoke.', language = 'en') => ({ articleId: `a-${publishedAt}`, evidence, quote: null, publishedAt, language });

describe('intervalOf', () => {
  it.each([
    ['2025-07-03', 'DAY', '2025-07-03', '2025-07-03'],
    ['2025-07-03', 'WEEK', '2025-06-30', '2025-07-06'],
    ['2025-06-30', 'WEEK', '2025-06-30', '2025-07-06'],
    ['2025-07-06', 'WEEK', '2025-06-30', '2025-07-06'],
    ['2024-12-31', 'WEEK', '2024-12-30', '2025-01-05'],
    ['2024-02-10', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2025-12-31', 'MONTH', '2025-12-01', '2025-12-31'],
    ['2025-07-03', 'YEAR', '2025-01-01', '2025-12-31'],
  ] as const)('%s by %s is %s..%s', (date, interval, start, end) => {
    expect(intervalOf(date, interval)).toEqual({ start, end });
  });
});

describe('reportedAt', () => {
  it('is the earliest publication date among the sources, whatever their order', () => {
    expect(reportedAt(record({ date: '2025-01-01', sources: [source('2025-03-02'), source(null), source('2025-02-27')] }))).toBe('2025-02-27');
  });

  it('falls back to the interaction date, else null', () => {
    expect(reportedAt(record({ date: '2025-01-01', sources: [source(null)] }))).toBe('2025-01-01');
    expect(reportedAt(record({ sources: [source(null)] }))).toBeNull();
  });
});

describe('buildTimeline', () => {
  it('puts undated interactions in the bucket of their reportedAt, leaves out the timeless, counts per type', () => {
    const timeline = buildTimeline([
      record({ id: 'c1', date: '2025-06-30', sources: [source('2025-07-01', 'The call was productive.')] }),
      record({ id: 'r1', type: 'CRITICISM', sources: [source('2025-06-02', 'He was frustrated.')] }),
      record({ id: 'c2', date: '2025-06-04', sources: [source('2025-06-05', 'It was a frank exchange.')] }),
      record({ id: 'z', type: 'ATTACK', sources: [source(null)] }),
    ], 'MONTH');
    expect(timeline).toEqual([
      { start: '2025-06-01', end: '2025-06-30', count: 3, byType: [{ type: 'CALL', count: 2 }, { type: 'CRITICISM', count: 1 }], tone: -0.3 },
    ]);
    expect(buildTimeline([], 'DAY')).toEqual([]);
  });
});
