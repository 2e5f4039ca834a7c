import { expect, test } from '@playwright/test';
import { GUIDE_STEP_ANNOTATION, GUIDE_STEP_IDS } from '../../guide/steps.js';
import { coverageMode, formatCoverage, guideCoverage, type TestRun } from '../../reporters/guide-coverage-model.js';

const steps = (...ids: string[]) => ids.map((description) => ({ type: GUIDE_STEP_ANNOTATION, description }));

const run = (title: string, ids: string[], overrides: Partial<TestRun> = {}): TestRun => ({
  title,
  project: 'journeys',
  passed: true,
  annotations: steps(...ids),
  ...overrides,
});

test.describe('guide coverage', () => {
  test('maps each catalogued step to the passing tests that went through it', () => {
    const coverage = guideCoverage(
      [run('a.spec.ts › first', ['1-0', '1-①']), run('b.spec.ts › second', ['1-①', '2-①'])],
      ['1-0', '1-①', '2-①'],
    );
    expect(coverage.steps.map((s) => [s.id, s.tests.map((t) => t.title)])).toEqual([
      ['1-0', ['a.spec.ts › first']],
      ['1-①', ['a.spec.ts › first', 'b.spec.ts › second']],
      ['2-①', ['b.spec.ts › second']],
    ]);
    expect(coverage.steps[0]?.title).toBe('開通案内メールを受け取る');
    expect(coverage.steps[0]?.chapter).toBe('ビジネスポータルの初回ログイン');
    expect(coverage.missing).toEqual([]);
  });

  test('a failed or skipped run covers nothing, so its steps are missing', () => {
    const coverage = guideCoverage(
      [run('a › failed', ['1-0'], { passed: false }), run('b › passed', ['1-①'])],
      ['1-0', '1-①'],
    );
    expect(coverage.missing).toEqual(['1-0']);
  });

  test('one test run by several projects is listed once with its projects', () => {
    const coverage = guideCoverage(
      [run('a › t', ['2-④']), run('a › t', ['2-④'], { project: 'guide' }), run('a › t', ['2-④'])],
      ['2-④'],
    );
    expect(coverage.steps[0]?.tests).toEqual([{ title: 'a › t', projects: ['guide', 'journeys'] }]);
  });

  test('ignores other annotations and reports step ids that are not catalogued', () => {
    const coverage = guideCoverage(
      [
        run('a › t', ['2-①'], {
          annotations: [...steps('2-①', '9-9'), { type: 'issue', description: '1-0' }, { type: GUIDE_STEP_ANNOTATION }],
        }),
      ],
      ['1-0', '2-①'],
    );
    expect(coverage.missing).toEqual(['1-0']);
    expect(coverage.unknown).toEqual(['9-9']);
  });

  test('with no runs every catalogued step is missing (the real catalogue by default)', () => {
    expect(guideCoverage([]).missing).toEqual(GUIDE_STEP_IDS);
  });

  test('the printed report names missing steps, and says it fails only in strict mode', () => {
    const coverage = guideCoverage([run('a › t', ['1-0'])], ['1-0', '2-R']);
    const strict = formatCoverage(coverage, 'strict');
    expect(strict).toContain('1/2 steps');
    expect(strict).toContain('✓ 1-0  開通案内メールを受け取る');
    expect(strict).toContain('a › t  [journeys]');
    expect(strict).toMatch(/GUIDE COVERAGE FAILED .*1 catalogued step\(s\): 2-R パスワード再設定/);
    expect(formatCoverage(coverage, 'report')).not.toContain('FAILED');
    expect(formatCoverage(guideCoverage([run('a › t', ['1-0'])], ['1-0']), 'strict')).not.toMatch(/FAILED|Not covered/);
  });

  test('strict only when GUIDE_COVERAGE=strict', () => {
    expect(coverageMode({ GUIDE_COVERAGE: 'strict' })).toBe('strict');
    expect(coverageMode({})).toBe('report');
    expect(coverageMode({ GUIDE_COVERAGE: '1' })).toBe('report');
  });
});
