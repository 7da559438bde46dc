// Bundles the browser pages (/explore, /graphiql) from npm packages into dist/web with esbuild:
// every script, style, font and worker is a local file, so the pages work without the internet.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'dist', 'web');

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.graphql': 'text', '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  // Fonts keep their names: the pages are served from a fixed list of files.
  assetNames: '[name]',
};

await rm(out, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: { explore: join(root, 'web/explore/main.ts') }, outdir: join(out, 'explore'), format: 'iife' }),
  build({ ...common, entryPoints: { graphiql: join(root, 'web/graphiql/main.tsx') }, outdir: join(out, 'graphiql'), format: 'esm', jsx: 'automatic' }),
  // Monaco (GraphiQL's editor) runs its language services in web workers, each its own file.
  build({
    ...common,
    entryPoints: {
      'editor.worker': join(root, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': join(root, 'node_modules/monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': join(root, 'node_modules/monaco-graphql/esm/graphql.worker.js'),
    },
    outdir: join(out, 'graphiql'),
    format: 'iife',
  }),
]);
for (const page of ['explore', 'graphiql']) {
  await mkdir(join(out, page), { recursive: true });
  await copyFile(join(root, 'web', page, 'index.html'), join(out, page, 'index.html'));
}
