import type { Command } from 'commander';
import { Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { readConfig } from '../../config';
import { networkExport } from '../../export/network-export';
import { createLogger } from '../../logger';
import { openStore } from '../../store/create-store';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('json: full dump of the store (every node and relationship); gexf: the spoke-to network for Gephi/networkx')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'gexf']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: 'json' | 'gexf'; out?: string }) => {
      const store = await openStore(readConfig(), createLogger(), { readOnly: true });
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
