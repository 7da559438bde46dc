import { InvalidArgumentError, Option } from 'commander';
import { readConfig, type Config } from '../config';
import { BadInputError } from '../domain/errors';
import { checkPublishedAt } from '../ingest/article-text';

export function publishedAtOption(value: string): string {
  try {
    return checkPublishedAt(value)!;
  } catch (err) {
    throw new InvalidArgumentError(err instanceof BadInputError ? err.message : String(err));
  }
}

/** `--data-dir`, beside the DATA_DIR variable. */
export const dataDirOption = (): Option => new Option('--data-dir <dir>', 'where the embedded store keeps its files (overrides DATA_DIR)');

/** The environment's configuration, with the command-line flags winning over it. */
export function configWith(flags: { port?: number; dataDir?: string }): Config {
  const config = readConfig();
  return { ...config, port: flags.port ?? config.port, dataDir: flags.dataDir ?? config.dataDir };
}
