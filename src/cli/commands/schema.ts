import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the GraphQL schema (SDL), as committed in schema.graphql')
    .action(async () => {
      const { printActorGraphSchema } = await import('../../api/print-schema.js');
      process.stdout.write(printActorGraphSchema());
    });
}
