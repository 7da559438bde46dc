/**
 * `node bench/out/dist/bench/extraction.js [--repeat N] [--against DIST]`: only the extraction
 * figures of `npm run bench` (synthetic and real news, in-process, one core), in seconds rather
 * than minutes. Under `node --cpu-prof` it profiles extraction itself, which `--profile` (load,
 * serve) does not.
 * --against DIST: another build's `dist` folder (a copy of an older `dist/`, say) is measured
 * side by side with this one on the real articles and on synthetic ones, pass for pass in turns:
 * a before/after ratio that holds on a shared machine.
 */
import { extract } from '../src/extraction';
import { DEFAULT_SEED, generateCorpus } from './corpus/generate';
import { compareExtraction, measureExtraction, type ExtractFn, type ExtractionRate, type SideBySide } from './lib/extraction-rate';
import { readRealArticles, REAL_ARTICLES_DIR, REAL_WARMUP_PASSES } from './lib/real-articles';
import { optionValue, builtModule } from './lib/in-process';

const SYNTHETIC_ARTICLES = 2_000;
/** Synthetic articles per pass of a side-by-side run, and its passes of warm-up. */
const SYNTHETIC_PASS = 200;
const SYNTHETIC_WARMUP_PASSES = 2;

const repeat = Number(optionValue('--repeat') ?? 20);
const against = optionValue('--against');
const line = (label: string, r: ExtractionRate) => process.stdout.write(
  `${label}: ${r.articles} articles in ${r.ms.toFixed(0)} ms, ${r.articlesPerSec.toFixed(1)} articles/s, ${r.wordsPerSec.toFixed(0)} words/s\n`);

const real = readRealArticles();
if (against) {
  const baseline = builtModule<{ extract: ExtractFn }>(against, 'extraction').extract;
  const report = (label: string, warmup: number, r: SideBySide) => process.stdout.write(
    `${label}, ${r.passes} passes each in turns after ${warmup} of warm-up: ${against} ${r.baseline.toFixed(1)} articles/s, `
    + `this build ${r.current.toFixed(1)} articles/s (medians of one pass), speed-up ${r.speedUp.toFixed(2)}× (median of pass pairs)\n`);
  report(REAL_ARTICLES_DIR, REAL_WARMUP_PASSES, compareExtraction(real, baseline, extract, REAL_WARMUP_PASSES, repeat));
  const synthetic = generateCorpus({ count: SYNTHETIC_PASS, seed: DEFAULT_SEED });
  report(`${SYNTHETIC_PASS} synthetic articles`, SYNTHETIC_WARMUP_PASSES,
    compareExtraction(synthetic, baseline, extract, SYNTHETIC_WARMUP_PASSES, repeat));
} else {
  line(`synthetic (seed ${DEFAULT_SEED}, ${SYNTHETIC_ARTICLES} articles after 25 of warm-up)`,
    measureExtraction(generateCorpus({ count: SYNTHETIC_ARTICLES, seed: DEFAULT_SEED })));
  line(`${REAL_ARTICLES_DIR} × ${repeat} after ${REAL_WARMUP_PASSES} passes of warm-up`,
    measureExtraction(real, real.length * REAL_WARMUP_PASSES, repeat));
}
