import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import type { GraphDump } from '../../domain/graph';
import { configWith, dataDirOption } from '../options';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('json: full dump of the store (every node and relationship); gexf: the actor network for Gephi/networkx')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'gexf']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--dynamic', 'gexf: edges with spells (the days of their interactions) for Gephi\'s timeline')
    .option('--types <types>', 'gexf: interaction types whose edges are exported, comma-separated (default: spoke-to and directed types)')
    .addOption(dataDirOption())
    .action(async (opts: { format: 'json' | 'gexf'; out?: string; dynamic?: boolean; types?: string; dataDir?: string }) => {
      if (opts.dynamic && opts.format !== 'gexf') throw new InvalidArgumentError('--dynamic is for --format gexf only');
      if (opts.types && opts.format !== 'gexf') throw new InvalidArgumentError('--types is for --format gexf only');
      // Loaded here, not at start-up: --help and the other commands stay fast.
      const [{ networkExport, parseExportTypes, ExportTypesError }, { createLogger }, { openStore }] = await Promise.all([
        import('../../export/network-export.js'), import('../../logger.js'), import('../../store/create-store.js'),
      ]);
      let types;
      try {
        types = parseExportTypes(opts.types);
      } catch (e) {
        throw e instanceof ExportTypesError ? new InvalidArgumentError(e.message) : e;
      }
      const store = await openStore(configWith(opts), createLogger(), { readOnly: true });
      try {
        if (opts.format === 'json') writeDump(await store.exportGraph(), opts.out);
        else writeOut(await networkExport(store, 'gexf', { dynamic: opts.dynamic, types }), opts.out);
      } finally {
        await store.close();
      }
    });
}

/** The JSON export: what `import` reads back. */
export function writeDump(dump: GraphDump, out: string | undefined): void {
  writeOut(`${JSON.stringify(dump, null, 2)}\n`, out);
}

function writeOut(text: string, out: string | undefined): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
