/** When the CLI runs itself again with a larger heap limit (src/cli/heap-limit.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { bytesAt, heapLimitToUse } from '../../src/cli/heap-limit';

const limit = getHeapStatistics().heap_size_limit;
const sized = (store: number, input: number) => () => ({ store, input });

describe('heapLimitToUse', () => {
  it('runs here while the data needs less than half the current limit', () => {
    expect(heapLimitToUse(sized(limit / 4, limit / 100), {}, [])).toBeNull();
  });

  it('asks for 3/4 of the memory when the store or the articles to load are big', () => {
    expect(heapLimitToUse(sized(limit, 0), {}, [])).toBeGreaterThan(0);
    expect(heapLimitToUse(sized(0, limit / 5), {}, [])).toBeGreaterThan(0);
  });

  it('leaves a limit the user set alone, and never runs the child again', () => {
    expect(heapLimitToUse(sized(limit, 0), { NODE_OPTIONS: '--max-old-space-size=8192' }, [])).toBeNull();
    expect(heapLimitToUse(sized(limit, 0), {}, ['--max-old-space-size=8192'])).toBeNull();
    expect(heapLimitToUse(sized(limit, 0), { ACTORGRAPH_HEAP_CHILD: '1' }, [])).toBeNull();
  });

  it('takes ACTORGRAPH_MAX_HEAP_MB as the limit, 0 as none', () => {
    expect(heapLimitToUse(sized(0, 0), { ACTORGRAPH_MAX_HEAP_MB: '6000' }, [])).toBe(6000);
    expect(heapLimitToUse(sized(limit, 0), { ACTORGRAPH_MAX_HEAP_MB: '0' }, [])).toBeNull();
    expect(() => heapLimitToUse(sized(0, 0), { ACTORGRAPH_MAX_HEAP_MB: '6 GB' }, [])).toThrow(/ACTORGRAPH_MAX_HEAP_MB/);
  });
});

describe('bytesAt', () => {
  it('adds up files and folders, missing paths as 0, and stops once past enough', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-heap-'));
    try {
      for (let k = 0; k < 10; k++) writeFileSync(join(dir, `${k}.txt`), 'x'.repeat(100));
      expect(bytesAt([dir, join(dir, 'missing')], Infinity)).toBe(1000);
      expect(bytesAt([dir], 250)).toBe(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
