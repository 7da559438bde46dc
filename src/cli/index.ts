#!/usr/bin/env node
/** actorgraph: load, extract, serve, export, import, salvage, eval, schema. */
import 'reflect-metadata';
import { Command } from 'commander';
import { registerEval } from './commands/eval';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerImport } from './commands/import';
import { registerLoad } from './commands/load';
import { registerSalvage } from './commands/salvage';
import { registerSchema } from './commands/schema';
import { registerServe } from './commands/serve';
import { bytesAt, endWithParent, heapLimitToUse, runAgainWith } from './heap-limit';
import { configWith } from './options';

const program = new Command('actorgraph')
  .description('Turns news articles into an actor relationship graph served over GraphQL')
  .showHelpAfterError();
registerLoad(program);
registerExtract(program);
registerServe(program);
registerExport(program);
registerImport(program);
registerSalvage(program);
registerEval(program);
registerSchema(program);

/** The commands that hold the embedded store in memory, with the article files they read. */
const HOLD_THE_STORE: Partial<Record<string, (args: string[]) => string[]>> = {
  load: (args) => args, serve: () => [], import: (args) => args, export: () => [], salvage: () => [],
};
endWithParent();
program.hook('preAction', async (_program, command) => {
  const inputsOf = HOLD_THE_STORE[command.name()];
  const config = inputsOf && configWith(command.opts());
  if (!config || config.neo4j) return;
  const limit = heapLimitToUse((enough) => {
    const store = bytesAt([config.dataDir], enough);
    return { store, input: bytesAt(inputsOf(command.args), enough - store) };
  });
  if (limit) await runAgainWith(limit);
});

program.parseAsync(process.argv).catch((err: unknown) => {
  // A one-line message, not a stack trace: these are user-facing failures (bad config, store unreachable).
  process.stderr.write(`actorgraph: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
