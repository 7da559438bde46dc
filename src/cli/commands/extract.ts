import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
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
      const [{ decodeArticleFile }, { findArticleFiles }, { prepareArticle }, { toContractArticle }] = await Promise.all([
        import('../../ingest/article-text.js'), import('../../ingest/article-files.js'), import('../../ingest/prepare-article.js'), import('../extract-contract.js'),
      ]);
      const { files, problems } = findArticleFiles(paths, { publishedAt: opts.publishedAt });
      const articles = [];
      for (const p of problems) process.stderr.write(`skipped ${p.path}: ${p.reason}\n`);
      for (const file of files) {
        try {
          const text = decodeArticleFile(readFileSync(file.path));
          const { article, extraction } = prepareArticle(text, file.metadata);
          articles.push(toContractArticle(file.path, article, extraction));
        } catch (err) {
          process.stderr.write(`skipped ${file.path}: ${err instanceof Error ? err.message : String(err)}\n`);
        }
      }
      process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
      if (articles.length === 0) process.exitCode = 1;
    });
}
