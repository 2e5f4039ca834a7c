import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { mergedVerdict } from '../../scripts/merged-verdict.js';

// The verdict on a sharded run, from the merged JUnit totals, guide and rule coverage (merge-reports itself exits 0).
function reports(dir: (name: string) => string, junit: string, coverage: unknown, rulesMissing: string[] = []) {
  const junitFile = dir('junit.xml');
  const coverageFile = dir('guide-coverage.json');
  const ruleFile = dir('rule-coverage.json');
  writeFileSync(junitFile, `<?xml version="1.0"?>\n${junit}\n</testsuites>`);
  writeFileSync(coverageFile, JSON.stringify(coverage));
  writeFileSync(ruleFile, JSON.stringify({ missing: rulesMissing }));
  return mergedVerdict(junitFile, coverageFile, ruleFile);
}
const allCovered = { steps: [{ id: '1-0' }, { id: '2-R' }], missing: [] };

test.describe('merged verdict', () => {
  test('passes when every merged test passed and every step was checked', ({}, testInfo) => {
    const v = reports((n) => testInfo.outputPath(n), '<testsuites tests="147" failures="0" errors="0">', allCovered);
    expect(v).toMatchObject({ tests: 147, failures: 0, covered: 2, steps: 2, problems: [] });
  });

  test('fails on a step that no shard checked', ({}, testInfo) => {
    const coverage = { steps: allCovered.steps, missing: ['3-①'] };
    const v = reports((n) => testInfo.outputPath(n), '<testsuites tests="54" failures="0" errors="0">', coverage);
    expect(v.problems).toEqual(['guide steps unchecked: 3-①']);
  });

  test('fails on a (rule, screen) pair that no shard checked', ({}, testInfo) => {
    const junit = '<testsuites tests="54" failures="0" errors="0">';
    const v = reports((n) => testInfo.outputPath(n), junit, allCovered, ['list.total @ 4']);
    expect(v.problems).toEqual(['rules unchecked: list.total @ 4']);
  });

  test('fails on a failing test, and on missing reports', ({}, testInfo) => {
    const v = reports((n) => testInfo.outputPath(n), '<testsuites tests="9" failures="1" errors="0">', allCovered);
    expect(v.problems).toEqual(['1 failing test(s)']);
    const none = mergedVerdict(
      testInfo.outputPath('none.xml'),
      testInfo.outputPath('none.json'),
      testInfo.outputPath('none-rules.json'),
    );
    expect(none.problems).toHaveLength(3);
  });
});
