import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildActorGraphSchema } from './schema';

/** The SDL committed as schema.graphql; sorted so the file only changes when the schema does. */
export function printActorGraphSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildActorGraphSchema()))}\n`;
}
