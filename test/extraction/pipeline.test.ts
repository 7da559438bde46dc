import { createDoc, type DocField } from '../../src/extraction/doc';
import { StageError } from '../../src/extraction/errors/stage-error';
import { PIPELINE, runPipeline } from '../../src/extraction/pipeline';
import type { Stage } from '../../src/extraction/stage';

describe('extraction pipeline', () => {
  it('assigns every field a stage requires in an earlier stage', () => {
    const assigned = new Set<DocField>();
    for (const stage of PIPELINE) {
      const missing = stage.requires.filter((f) => !assigned.has(f));
      expect({ stage: stage.name, missing }).toEqual({ stage: stage.name, missing: [] });
      stage.assigns.forEach((f) => assigned.add(f));
    }
  });

  it('has unique stage names and is frozen', () => {
    const names = PIPELINE.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.isFrozen(PIPELINE)).toBe(true);
  });

  it('names the stage that failed', () => {
    const broken: Stage = { name: 'broken', requires: [], assigns: [], run: () => { throw new Error('boom'); } };
    expect(() => runPipeline(createDoc({ text: 'x' }), [PIPELINE[0], broken])).toThrow(StageError);
    expect(() => runPipeline(createDoc({ text: 'x' }), [PIPELINE[0], broken])).toThrow('extraction stage "broken" failed: boom');
  });
});
