/**
 * Finds article files under the paths a user gives and the metadata that goes with each:
 * `--published-at` > the folder's manifest.json > a ` date YYYY-MM-DD` first line (read by the
 * pipeline). Problems are reported per path, never thrown, so one bad path stops nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ArticleMetadata } from '../domain/article';

/** Extensions read as article text when a folder is given; a file named explicitly is always read. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.text'];

export interface ArticleFile {
  path: string;
  metadata: ArticleMetadata;
}

export interface PathProblem {
  path: string;
  reason: string;
}

export interface ArticleFileSet {
  files: ArticleFile[];
  problems: PathProblem[];
}

export function findArticleFiles(paths: string[], overrides: ArticleMetadata = {}): ArticleFileSet {
  const files: ArticleFile[] = [];
  const problems: PathProblem[] = [];
  const manifests = new Map<string, Record<string, unknown>>();
  const manifestOf = (dir: string) => {
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir, problems));
    return manifests.get(dir)!;
  };
  const add = (path: string) => {
    const entry = manifestOf(dirname(path))[basename(path)];
    const problem = entry === undefined ? null : manifestEntryProblem(entry);
    if (problem) {
      problems.push({ path, reason: `manifest.json entry ${problem}` });
      return;
    }
    files.push({ path, metadata: { ...(entry as ArticleMetadata | undefined), ...definedOnly(overrides) } });
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({ path, reason: 'no such file or folder' });
      continue;
    }
    if (stat.isFile()) {
      add(path);
    } else if (stat.isDirectory()) {
      const found = listArticles(path);
      if (found.length === 0) problems.push({ path, reason: `folder has no article files (${ARTICLE_EXTENSIONS.join(', ')})` });
      found.forEach(add);
    } else {
      problems.push({ path, reason: 'not a regular file or folder' });
    }
  }
  return { files, problems };
}

function listArticles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listArticles(path);
      return entry.isFile() && ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase()) ? [path] : [];
    })
    .sort();
}

function readManifest(dir: string, problems: PathProblem[]): Record<string, unknown> {
  const path = join(dir, 'manifest.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  problems.push({ path, reason: 'manifest is not a JSON object of file name -> metadata; ignored' });
  return {};
}

const MANIFEST_FIELDS: Record<string, number> = { publishedAt: 10, title: 1000, url: 2000, source: 200, language: 8 };

/** Why a manifest entry cannot be used, or null: fields are optional strings of bounded length. */
function manifestEntryProblem(entry: unknown): string | null {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'is not an object';
  for (const [key, value] of Object.entries(entry)) {
    const max = MANIFEST_FIELDS[key];
    if (max === undefined) return `has an unknown field "${key}" (known: ${Object.keys(MANIFEST_FIELDS).join(', ')})`;
    if (value !== null && typeof value !== 'string') return `field "${key}" is not a string`;
    if (typeof value === 'string' && value.length > max) return `field "${key}" is longer than ${max} characters`;
  }
  return null;
}

function definedOnly(meta: ArticleMetadata): ArticleMetadata {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== null)) as ArticleMetadata;
}
