import type { Command } from 'commander';
import { configWith, dataDirOption } from '../options';
import { writeDump } from './export';

export function registerSalvage(program: Command): void {
  program
    .command('salvage')
    .description('export (JSON) every record of a damaged DATA_DIR that still checks out; writes nothing to it')
    .option('--out <file>', 'write to a file instead of standard output')
    .addOption(dataDirOption())
    .action(async (opts: { out?: string; dataDir?: string }) => {
      const config = configWith(opts);
      if (config.neo4j) throw new Error('salvage reads the embedded store\'s DATA_DIR: unset NEO4J_URI');
      const { salvageDataDir } = await import('../../store/embedded/salvage.js');
      const { dump, notes } = salvageDataDir(config.dataDir);
      for (const note of notes) process.stderr.write(`${note}\n`);
      writeDump(dump, opts.out);
    });
}
