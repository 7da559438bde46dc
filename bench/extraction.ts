/**
 * `node bench/out/dist/bench/extraction.js [--repeat N]`: only the extraction figures of
 * `npm run bench` (synthetic and real news, in-process, one core), in seconds rather than minutes.
 * Under `node --cpu-prof` it profiles extraction itself, which `--profile` (load, serve) does not.
 */
import { DEFAULT_SEED, generateCorpus } from './corpus/generate';
import { measureExtraction, type ExtractionRate } from './lib/extraction-rate';
import { readRealArticles, REAL_ARTICLES_DIR } from './lib/real-articles';

const SYNTHETIC_ARTICLES = 2_000;

const repeatArg = process.argv.indexOf('--repeat');
const repeat = repeatArg >= 0 ? Number(process.argv[repeatArg + 1]) : 20;
const line = (label: string, r: ExtractionRate) => process.stdout.write(
  `${label}: ${r.articles} articles in ${r.ms.toFixed(0)} ms, ${r.articlesPerSec.toFixed(1)} articles/s, ${r.wordsPerSec.toFixed(0)} words/s\n`);

line(`synthetic (seed ${DEFAULT_SEED})`, measureExtraction(generateCorpus({ count: SYNTHETIC_ARTICLES, seed: DEFAULT_SEED })));
const real = readRealArticles();
line(`${REAL_ARTICLES_DIR} × ${repeat}`, measureExtraction(real, real.length, repeat));
