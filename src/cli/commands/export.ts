import type { Command } from 'commander';
import { Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { configWith, dataDirOption } from '../options';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('json: full dump of the store (every node and relationship); gexf: the spoke-to network for Gephi/networkx')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'gexf']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .addOption(dataDirOption())
    .action(async (opts: { format: 'json' | 'gexf'; out?: string; dataDir?: string }) => {
      // Loaded here, not at start-up: --help and the other commands stay fast.
      const [{ networkExport }, { createLogger }, { openStore }] = await Promise.all([
        import('../../export/network-export.js'), import('../../logger.js'), import('../../store/create-store.js'),
      ]);
      const store = await openStore(configWith(opts), createLogger(), { readOnly: true });
      try {
        const text = opts.format === 'json'
          ? `${JSON.stringify(await store.exportGraph(), null, 2)}\n`
          : await networkExport(store, 'gexf');
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
}
