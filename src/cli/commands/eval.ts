import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readGoldDir } from '../../eval/gold';
import type { GoldArticle } from '../../eval/gold';
import { EvalInputError } from '../../eval/json-shape';
import { readPredictionFile } from '../../eval/prediction';
import type { Prediction } from '../../eval/prediction';
import { reportLines } from '../../eval/report';
import { scoreExtraction } from '../../eval/score';

interface EvalOptions {
  gold: string;
  pred?: string;
  verbose?: boolean;
  json?: boolean;
}

/** Exit code for bad evaluation input (1 is taken by runtime failures). */
const BAD_INPUT_EXIT = 2;

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score an extraction against gold annotations (eval/GOLD-FORMAT.md)')
    .argument('[paths...]', 'article files or folders to extract and score (default: the articles beside the gold files)')
    .requiredOption('--gold <dir>', 'folder of NAME.gold.json files')
    .option('--pred <file>', 'score this extract --json output instead of extracting')
    .option('--verbose', 'list misses and extras per article before the summary')
    .option('--json', 'print the metrics and per-article notes as JSON')
    .action(async (paths: string[], opts: EvalOptions) => {
      try {
        const golds = readGoldDir(opts.gold);
        const result = scoreExtraction(golds, await predictionFor(golds, opts.gold, paths, opts.pred));
        const out = opts.json ? [JSON.stringify(result, null, 2)] : reportLines(result, opts.verbose ?? false);
        process.stdout.write(`${out.join('\n')}\n`);
      } catch (err) {
        if (!(err instanceof EvalInputError)) throw err;
        process.stderr.write(`actorgraph eval: ${err.message}\n`);
        process.exitCode = BAD_INPUT_EXIT;
      }
    });
}

async function predictionFor(golds: GoldArticle[], goldDir: string, paths: string[], predFile: string | undefined): Promise<Prediction> {
  if (predFile !== undefined) {
    if (paths.length > 0) throw new EvalInputError('give either --pred FILE or article paths, not both');
    return readPredictionFile(predFile);
  }
  // The extraction pipeline is loaded only when there is something to extract: --help stays fast.
  const { extractArticleFiles, reportSkipped } = await import('../extract-articles.js');
  const { articles, skipped } = extractArticleFiles(paths.length > 0 ? paths : articlesBesideGold(golds, goldDir));
  reportSkipped(skipped);
  if (articles.length === 0) throw new EvalInputError('no article could be read to extract; nothing to score');
  return { articles };
}

/** The article each gold file names, in the gold folder (its manifest.json applies, as for extract). */
function articlesBesideGold(golds: GoldArticle[], goldDir: string): string[] {
  return golds.map((g) => {
    const path = join(goldDir, basename(g.article));
    if (!existsSync(path)) {
      throw new EvalInputError(`${path} not found (named by ${g.goldFile}); give the article files or folders after the options, or --pred`);
    }
    return path;
  });
}
