/**
 * The verdict on a merged run (`npx tsx scripts/merged-verdict.ts`, also used by `npm run test:sharded`):
 * `playwright merge-reports` exits 0 even when a merged test failed or a reporter asked to fail the run (it fails
 * only when a reporter throws), so the merged JUnit totals and guide coverage are checked here. Exits non-zero on a
 * failing test, a missing report, a catalogued guide step that no shard's passing test went through (per target:
 * a deployment must check 2-① … 4 there), or a (rule, screen) pair that no shard's passing test checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface MergedVerdict {
  tests: number | undefined;
  failures: number | undefined;
  covered: number | undefined;
  steps: number | undefined;
  missing: string[];
  /** (rule, screen) pairs no shard's passing test checked; undefined without a rule coverage report. */
  rulesMissing: string[] | undefined;
  problems: string[];
}

export function mergedVerdict(
  junitFile = 'reports/junit.xml',
  coverageFile = 'reports/guide-coverage.json',
  ruleCoverageFile = 'reports/rule-coverage.json',
) {
  const verdict: MergedVerdict = {
    tests: undefined,
    failures: undefined,
    covered: undefined,
    steps: undefined,
    missing: [],
    rulesMissing: undefined,
    problems: [],
  };
  if (existsSync(junitFile)) {
    const root = /<testsuites\b[^>]*>/.exec(readFileSync(junitFile, 'utf8'))?.[0] ?? '';
    const attr = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(root)?.[1] ?? NaN);
    verdict.tests = attr('tests');
    verdict.failures = attr('failures') + attr('errors');
    if (!(verdict.tests > 0)) verdict.problems.push(`no tests in ${junitFile}`);
    if (verdict.failures !== 0) verdict.problems.push(`${verdict.failures} failing test(s)`);
  } else verdict.problems.push(`no ${junitFile}`);
  if (existsSync(coverageFile)) {
    const coverage = JSON.parse(readFileSync(coverageFile, 'utf8')) as { steps: unknown[]; missing: string[] };
    verdict.steps = coverage.steps.length;
    verdict.missing = coverage.missing;
    verdict.covered = verdict.steps - verdict.missing.length;
    if (verdict.missing.length > 0) verdict.problems.push(`guide steps unchecked: ${verdict.missing.join(', ')}`);
  } else verdict.problems.push(`no ${coverageFile}`);
  // Rule coverage (docs/portal.md §3), judged on the merged result like guide coverage: a pair any shard checked counts.
  if (existsSync(ruleCoverageFile)) {
    verdict.rulesMissing = (JSON.parse(readFileSync(ruleCoverageFile, 'utf8')) as { missing: string[] }).missing;
    if (verdict.rulesMissing.length > 0) verdict.problems.push(`rules unchecked: ${verdict.rulesMissing.join('; ')}`);
  } else verdict.problems.push(`no ${ruleCoverageFile}`);
  return verdict;
}

export function formatVerdict(v: MergedVerdict): string {
  return [
    `  merged tests: ${v.tests ?? '?'} (failing ${v.failures ?? '?'})`,
    `  guide coverage (merged, strict): ${v.covered ?? '?'}/${v.steps ?? '?'} steps`,
    `  rule coverage (merged): ${v.rulesMissing === undefined ? '?' : `${v.rulesMissing.length} pair(s) unchecked`}`,
    v.problems.length > 0 ? `  MERGED RUN FAILED: ${v.problems.join('; ')}` : '  merged run passed',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const verdict = mergedVerdict();
  console.log(formatVerdict(verdict));
  process.exit(verdict.problems.length > 0 ? 1 : 0);
}
