/** The merge log of the embedded store survives a restart, with merges and their undoing. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { loadWorld } from './graph-store.contract';

it('replays merges and unmerges from disk', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-curation-'));
  try {
    const store = new EmbeddedGraphStore({ dataDir });
    await store.open();
    await loadWorld(store);
    await store.mergeActors('vladimir-putin', 'narendra-modi');
    await store.mergeActors('donald-trump', 'volodymyr-zelenskyy');
    await store.unmergeActors('narendra-modi');
    await store.close();

    const reopened = new EmbeddedGraphStore({ dataDir });
    await reopened.open();
    expect((await reopened.listMerges()).map((m) => [m.mergedId, m.keepId, m.mergedName, m.kind]))
      .toEqual([['volodymyr-zelenskyy', 'donald-trump', 'Volodymyr Zelenskyy', 'PERSON']]);
    expect((await reopened.getActors(['narendra-modi', 'volodymyr-zelenskyy'])).map((a) => a?.id)).toEqual(['narendra-modi', 'donald-trump']);
    await reopened.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
