import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import type { LoadProgress, LoadSummary } from '../../ingest/load-articles';
import { configWith, dataDirOption, publishedAtOption } from '../options';

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('extract articles (files or folders) and write them into the store')
    .argument('<paths...>', 'article files or folders of them')
    .option('--published-at <date>', 'publication date for every file (overrides manifest.json and date lines)', publishedAtOption)
    .addOption(dataDirOption())
    .action(async (paths: string[], opts: { publishedAt?: string; dataDir?: string }) => {
      // Loaded here, not at start-up: --help and the other commands stay fast.
      const [{ loadArticles }, { createLogger }, { openStore }] = await Promise.all([
        import('../../ingest/load-articles.js'), import('../../logger.js'), import('../../store/create-store.js'),
      ]);
      const config = configWith(opts);
      const store = await openStore(config, createLogger());
      try {
        const summary = await loadArticles(store, paths, { publishedAt: opts.publishedAt }, progressBar());
        reportLoad(summary);
        if (summary.created + summary.unchanged === 0 || summary.stoppedBy) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

/** One line per bad file, then a summary line. */
export function reportLoad(summary: LoadSummary): void {
  for (const f of summary.failed) process.stderr.write(`skipped ${f.path}: ${f.reason}\n`);
  const loaded = summary.created + summary.unchanged;
  if (summary.stoppedBy) process.stderr.write(`stopped after ${loaded} article file(s): ${summary.stoppedBy}; load again to continue\n`);
  process.stdout.write(
    `loaded ${loaded} of ${summary.files} article file(s): ${summary.created} new, ${summary.unchanged} already stored`
    + `${summary.updated ? ` (${summary.updated} with new metadata, updated)` : ''}, `
    + `${summary.failed.length} problem(s); ${summary.actors} actor mentions and ${summary.interactions} interactions extracted from new articles\n`,
  );
}

function progressBar(): LoadProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({ format: 'loading [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  return {
    start: (total) => bar.start(total, 0, { file: '' }),
    advance: (path) => bar.increment({ file: path.length > 40 ? `…${path.slice(-39)}` : path }),
    stop: () => bar.stop(),
  };
}
