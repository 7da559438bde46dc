import type { Command } from 'commander';
import { publishedAtOption } from '../options';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print what the pipeline extracts from articles; touches no store')
    .argument('<paths...>', 'article files or folders of them')
    .option('--json', 'print the extract --json contract (the default and only format; may be left out)', true)
    .option('--published-at <date>', 'publication date for every file (overrides manifest.json and date lines)', publishedAtOption)
    .action(async (paths: string[], opts: { publishedAt?: string }) => {
      // Loaded here, not at start-up: --help and the other commands stay fast.
      const { extractArticleFiles, reportSkipped } = await import('../extract-articles.js');
      const { articles, skipped } = extractArticleFiles(paths, { publishedAt: opts.publishedAt });
      reportSkipped(skipped);
      process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
      if (articles.length === 0) process.exitCode = 1;
    });
}
