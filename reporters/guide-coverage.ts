import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { coverageMode, formatCoverage, guideCoverage, type TestRun } from './guide-coverage-model.js';

export interface GuideCoverageOptions {
  /** Where the step → tests mapping is written as JSON. */
  outputFile?: string;
  /**
   * Fail the run when a catalogued step has no passing test, whatever GUIDE_COVERAGE says: for merge.config.ts, where
   * the merged shards are the whole run (a shard alone runs with the blob reporter only, so it never judges).
   */
  strict?: boolean;
}

/**
 * Prints, after a run, each catalogued guide step and the passing tests that went through it (the `guide-step`
 * annotations fixtures/guide.ts pushes at runtime; Playwright reports them on `result.annotations`).
 * With GUIDE_COVERAGE=strict (as `npm test` runs) a step without a passing test fails the run.
 * It works the same on `playwright merge-reports` (merge.config.ts): blob reports keep `result.annotations`. There the
 * `failed` status it returns does not change merge-reports' exit code: scripts/merged-verdict.ts reads its JSON.
 */
export default class GuideCoverageReporter implements Reporter {
  private readonly runs: TestRun[] = [];
  private readonly outputFile: string;
  private readonly strict: boolean;

  constructor(options: GuideCoverageOptions = {}) {
    this.outputFile = options.outputFile ?? 'reports/guide-coverage.json';
    this.strict = options.strict ?? false;
  }

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.runs.push({
      // titlePath: ['', project, file, ...describes, title]; without the project one test counts once.
      title: test.titlePath().slice(2).join(' › '),
      project: test.parent.project()?.name ?? '',
      passed: result.status === 'passed' && test.expectedStatus === 'passed',
      annotations: result.annotations,
    });
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const mode = this.strict ? 'strict' : coverageMode();
    // `--list`, or a run stopped before any test: nothing to report (strict mode still fails below).
    if (this.runs.length === 0 && mode !== 'strict') return undefined;
    const coverage = guideCoverage(this.runs);
    console.log(`\n${formatCoverage(coverage, mode)}`);
    await mkdir(dirname(this.outputFile), { recursive: true });
    const report = { generatedAt: new Date().toISOString(), mode, runStatus: result.status, ...coverage };
    await writeFile(this.outputFile, `${JSON.stringify(report, null, 2)}\n`);
    return mode === 'strict' && coverage.missing.length > 0 ? { status: 'failed' } : undefined;
  }
}
