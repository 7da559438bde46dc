import type { Command } from 'commander';
import { printActorGraphSchema } from '../../api/print-schema';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the GraphQL schema (SDL), as committed in schema.graphql')
    .action(() => {
      process.stdout.write(printActorGraphSchema());
    });
}
