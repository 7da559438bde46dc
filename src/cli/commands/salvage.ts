import type { Command } from 'commander';
import { readConfig } from '../../config';
import { salvageDataDir } from '../../store/embedded/salvage';
import { writeDump } from './export';

export function registerSalvage(program: Command): void {
  program
    .command('salvage')
    .description('export (JSON) every record of a damaged DATA_DIR that still checks out; writes nothing to it')
    .option('--out <file>', 'write to a file instead of standard output')
    .action((opts: { out?: string }) => {
      const config = readConfig();
      if (config.neo4j) throw new Error('salvage reads the embedded store\'s DATA_DIR: unset NEO4J_URI');
      const { dump, notes } = salvageDataDir(config.dataDir);
      for (const note of notes) process.stderr.write(`${note}\n`);
      writeDump(dump, opts.out);
    });
}
