/**
 * Fuzzing the extraction pipeline: any text gives a well-formed, deterministic Extraction within
 * a generous time bound — never an exception, never a hang. Inputs: random Unicode, control
 * characters, binary-ish strings, HTML, mixed scripts, "news soup" and megabyte-long lines.
 */
import fc from 'fast-check';
import topicsJson from '../../src/knowledge/topics.json';
import { INTERACTION_STATUSES, INTERACTION_TYPES, PARTICIPANT_ROLES, PERSON_ROLES } from '../../src/domain/enums';
import type { Extraction, ExtractionInput } from '../../src/domain/extraction';
import { FUZZ_SEED, hostileText, language, megabyteLine, publishedAt } from './support/arbitraries';
import { ExtractSandbox, type SandboxOutcome } from './support/extract-sandbox';

/** Far above the ~3 ms an article takes: only a hang or a blow-up (super-linear work) gets here. */
const HANG_MS = 20_000;
const TOPIC_IDS = new Set((topicsJson as { id: string }[]).map((t) => t.id));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with an extraction, as readable lines (empty when it is well-formed). */
function problemsOf(x: Extraction, input: ExtractionInput): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
  check(typeof x.articleId === 'string' && x.articleId.length > 0, `articleId ${JSON.stringify(x.articleId)}`);
  check(typeof x.text === 'string' && typeof x.language === 'string', 'text and language are strings');
  if (input.publishedAt) check(x.publishedAt === input.publishedAt, `publishedAt ${x.publishedAt} != input ${input.publishedAt}`);
  check(x.publishedAt === null || ISO_DATE.test(x.publishedAt), `publishedAt ${x.publishedAt}`);
  const actorIds = [...x.persons, ...x.countries, ...x.organizations].map((a) => a.id);
  check(new Set(actorIds).size === actorIds.length, `duplicate actor ids ${actorIds.join(',')}`);
  for (const a of [...x.persons, ...x.countries, ...x.organizations]) {
    check(typeof a.id === 'string' && a.id.length > 0 && typeof a.name === 'string' && a.name.length > 0, `actor ${JSON.stringify(a)}`);
    check(Number.isInteger(a.mentions) && a.mentions >= 1, `${a.id}: mentions ${a.mentions}`);
  }
  for (const p of x.persons) check(PERSON_ROLES.includes(p.role), `${p.id}: role ${p.role}`);
  for (const c of x.countries) check(/^[A-Z]{3}$/.test(c.id), `country id ${c.id}`);
  const known = new Set(actorIds);
  const ids = x.interactions.map((i) => i.id);
  check(new Set(ids).size === ids.length, `duplicate interaction ids ${ids.join(',')}`);
  for (const i of x.interactions) {
    check(INTERACTION_TYPES.includes(i.type) && INTERACTION_STATUSES.includes(i.status), `${i.id}: type/status ${i.type}/${i.status}`);
    check(i.id.startsWith(`${i.type.toLowerCase()}:`), `${i.id}: id does not start with its type`);
    check(i.date === null || (ISO_DATE.test(i.date) && !Number.isNaN(Date.parse(i.date))), `${i.id}: date ${i.date}`);
    check(i.participants.length > 0, `${i.id}: no participants`);
    for (const p of i.participants) {
      check(known.has(p.actor), `${i.id}: participant ${p.actor} is not an extracted actor`);
      check(PARTICIPANT_ROLES.includes(p.role), `${i.id}: role ${p.role}`);
    }
    check(i.topics.every((t) => TOPIC_IDS.has(t)), `${i.id}: topics ${i.topics.join(',')}`);
    check(typeof i.evidence === 'string' && i.evidence.length > 0 && x.text.includes(i.evidence), `${i.id}: evidence is not a span of the text`);
  }
  return problems;
}

function describeOutcome(o: SandboxOutcome): string {
  if (o.kind === 'hang') return `no answer within ${o.ms} ms`;
  if (o.kind === 'error') return `threw ${o.name}: ${o.message}\n${o.stack}`;
  return 'ok';
}

let sandbox: ExtractSandbox;
beforeAll(() => { sandbox = new ExtractSandbox(); });
afterAll(async () => sandbox.close());

describe('extract under fuzzing', () => {
  it('answers 2,000 hostile texts with a well-formed, deterministic extraction', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, publishedAt, language, async (text, date, lang) => {
        const input: ExtractionInput = { text, publishedAt: date, language: lang };
        const first = await sandbox.run(input, HANG_MS);
        expect(describeOutcome(first)).toBe('ok');
        const x = (first as { result: Extraction }).result;
        expect(problemsOf(x, input)).toEqual([]);
        if (run++ % 4 === 0) expect(await sandbox.run(input, HANG_MS)).toEqual(first);
      }),
      { numRuns: 2000, seed: FUZZ_SEED, endOnFailure: false },
    );
  }, 120_000);

  it('answers megabyte-long lines within the time bound', async () => {
    await fc.assert(
      fc.asyncProperty(megabyteLine, publishedAt, async (text, date) => {
        const input: ExtractionInput = { text, publishedAt: date };
        const outcome = await sandbox.run(input, HANG_MS);
        expect(describeOutcome(outcome)).toBe('ok');
        expect(problemsOf((outcome as { result: Extraction }).result, input)).toEqual([]);
      }),
      // Shrinking a megabyte input takes long and a failure is clear without it.
      { numRuns: 8, seed: FUZZ_SEED, endOnFailure: true },
    );
  }, 240_000);
});
