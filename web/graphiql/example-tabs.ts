import { parse } from 'graphql';

/** One tab per operation of examples.graphql, its text as written (comments between them dropped). */
export function exampleTabs(source: string): { query: string }[] {
  return parse(source).definitions.map((definition) => ({
    query: source.slice(definition.loc!.start, definition.loc!.end),
  }));
}
