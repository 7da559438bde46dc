import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { decodeArticleFile } from '../../ingest/article-text';
import { findArticleFiles } from '../../ingest/article-files';
import { prepareArticle } from '../../ingest/prepare-article';
import { toContractArticle } from '../extract-contract';
import { publishedAtOption } from '../options';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print what the pipeline extracts from articles; touches no store')
    .argument('<paths...>', 'article files or folders of them')
    .option('--json', 'print the extract --json contract (the only format)', true)
    .option('--published-at <date>', 'publication date for every file (overrides manifest.json and date lines)', publishedAtOption)
    .action((paths: string[], opts: { publishedAt?: string }) => {
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
