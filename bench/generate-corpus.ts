/**
 * Writes the synthetic corpus to a folder, for trying the CLI or the API by hand:
 *   node bench/out/dist/bench/generate-corpus.js --count 1000 --out /tmp/corpus [--seed N] [--words N]
 */
import { resolve } from 'node:path';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './corpus/generate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const count = Number(arg('count') ?? 1000);
const out = arg('out');
if (!out || !Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: generate-corpus --count N --out DIR [--seed N] [--words N]\n');
  process.exit(2);
}
const written = writeCorpus(resolve(out), generateCorpus({
  count, seed: Number(arg('seed') ?? DEFAULT_SEED), words: arg('words') ? Number(arg('words')) : undefined,
}));
process.stdout.write(`wrote ${written.files} articles (${written.words} words) and manifest.json to ${written.dir}\n`);
