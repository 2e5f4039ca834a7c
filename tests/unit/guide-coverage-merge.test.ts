import { expect, test } from '@playwright/test';
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import { GUIDE_STEP_ANNOTATION, GUIDE_STEP_IDS, type GuideStepId } from '../../guide/steps.js';
import { guideCoverage, type TestRun } from '../../reporters/guide-coverage-model.js';
import GuideCoverageReporter from '../../reporters/guide-coverage.js';

// A sharded run (npm run test:sharded, CI): each shard checks some steps; coverage is judged on the merged runs.
const run = (title: string, ids: readonly GuideStepId[], passed = true): TestRun => ({
  title,
  project: 'journeys',
  passed,
  annotations: ids.map((description) => ({ type: GUIDE_STEP_ANNOTATION, description })),
});

// Every catalogued step checked by exactly one test, the tests dealt round-robin over three shards.
const onePerStep = GUIDE_STEP_IDS.map((id) => run(`steps.spec.ts › ${id}`, [id]));
const shards = [0, 1, 2].map((s) => onePerStep.filter((_, i) => i % 3 === s));

test.describe('guide coverage of a sharded run', () => {
  test('a shard alone misses the steps other shards checked; the merged shards cover every step', () => {
    for (const shard of shards) expect(guideCoverage(shard).missing.length).toBeGreaterThan(0);
    expect(guideCoverage(shards.flat()).missing).toEqual([]);
  });

  test('dropping the only test of one step leaves exactly that step missing from the merged result', () => {
    const dropped = GUIDE_STEP_IDS[5] as GuideStepId;
    const merged = shards.flat().filter((r) => r.title !== `steps.spec.ts › ${dropped}`);
    expect(guideCoverage(merged).missing).toEqual([dropped]);
  });

  test('a step whose only test failed in its shard is missing from the merged result', () => {
    const [failing, ...rest] = shards.flat();
    const merged = [...rest, { ...(failing as TestRun), passed: false }];
    expect(guideCoverage(merged).missing).toEqual([GUIDE_STEP_IDS[0]]);
  });
});

// The reporter as merge.config.ts configures it ({ strict: true }), fed as merge-reports feeds it.
function fakeTest(title: string): TestCase {
  return {
    titlePath: () => ['', 'journeys', 'steps.spec.ts', title],
    parent: { project: () => ({ name: 'journeys' }) },
    expectedStatus: 'passed',
  } as unknown as TestCase;
}
const passedWith = (ids: readonly string[]) =>
  ({
    status: 'passed',
    annotations: ids.map((description) => ({ type: GUIDE_STEP_ANNOTATION, description })),
  }) as unknown as TestResult;
const fullResult = { status: 'passed' } as FullResult;

/** The reporter prints its table (and a FAILED line) on onEnd: keep that out of the suite's output. */
async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const log = console.log.bind(console);
  console.log = () => undefined;
  try {
    return await body();
  } finally {
    console.log = log;
  }
}

test.describe('guide coverage reporter with { strict: true } (merge.config.ts)', () => {
  test('fails the merged run when a step is unchecked, whatever GUIDE_COVERAGE says', async ({}, testInfo) => {
    const reporter = new GuideCoverageReporter({ outputFile: testInfo.outputPath('coverage.json'), strict: true });
    for (const id of GUIDE_STEP_IDS.slice(1)) reporter.onTestEnd(fakeTest(id), passedWith([id]));
    expect(await quietly(() => reporter.onEnd(fullResult))).toEqual({ status: 'failed' });
  });

  test('leaves the merged run alone when every step was checked in some shard', async ({}, testInfo) => {
    const reporter = new GuideCoverageReporter({ outputFile: testInfo.outputPath('coverage.json'), strict: true });
    for (const id of GUIDE_STEP_IDS) reporter.onTestEnd(fakeTest(id), passedWith([id]));
    expect(await quietly(() => reporter.onEnd(fullResult))).toBeUndefined();
  });
});
