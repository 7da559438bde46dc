import type { Command } from 'commander';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { configWith, dataDirOption } from '../options';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('restore a JSON export (actorgraph export / salvage) into an empty DATA_DIR')
    .argument('<file>', 'a JSON export')
    .addOption(dataDirOption())
    .action(async (file: string, opts: { dataDir?: string }) => {
      const config = configWith(opts);
      if (config.neo4j) throw new Error('import writes the embedded store: unset NEO4J_URI');
      if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
        throw new Error(`DATA_DIR ${config.dataDir} is not empty: import writes only into an empty or new DATA_DIR`);
      }
      let dump: unknown;
      try {
        dump = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new Error(`cannot import ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      // Loaded here, not at start-up: --help and the other commands stay fast.
      const [{ createLogger }, { openEmbeddedStore }, { factsFromDump }] = await Promise.all([
        import('../../logger.js'), import('../../store/create-store.js'), import('../../store/embedded/restore.js'),
      ]);
      const facts = factsFromDump(dump);
      const store = await openEmbeddedStore(config.dataDir, createLogger());
      try {
        await store.restore(facts);
        const stats = await store.stats();
        const actors = stats.actorsByKind.reduce((n, k) => n + k.count, 0);
        const interactions = stats.interactionsByType.reduce((n, t) => n + t.count, 0);
        process.stdout.write(`imported ${stats.articles} articles, ${actors} actors and ${interactions} interactions into ${config.dataDir}\n`);
      } finally {
        await store.close();
      }
    });
}
