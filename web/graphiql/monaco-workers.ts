/** Monaco's language workers, bundled beside graphiql.js by web/build.mjs. */
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const file = label === 'json' || label === 'graphql' ? `${label}.worker.js` : 'editor.worker.js';
    return new Worker(`/graphiql/${file}`);
  },
};
