/** Topic names from the controlled vocabulary in src/knowledge/topics.json. */
import type { TopicRecord } from '../domain/graph';
import topics from '../knowledge/topics.json';

const names = new Map<string, string>((topics as { id: string; name: string }[]).map((t) => [t.id, t.name]));

export function topicRecord(id: string): TopicRecord {
  return { id, name: names.get(id) ?? id };
}
