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

program.parseAsync(process.argv).catch((err: unknown) => {
  // A one-line message, not a stack trace: these are user-facing failures (bad config, store unreachable).
  process.stderr.write(`actorgraph: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
