import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatRuleCoverage, ruleCoverage, ruleCoverageMode, type TestRun } from './rule-coverage-model.js';

export interface RuleCoverageOptions {
  /** Where the (rule, screen) → tests mapping is written as JSON. */
  outputFile?: string;
}

/**
 * Prints, after a run, each (rule, screen) pair of guide/rules.ts and the passing tests that checked it (the
 * `rule-check` annotations fixtures/rules.ts pushes at runtime). A limit pair needs a passing check on each side.
 * With RULE_COVERAGE=strict (as `npm test` runs) an unchecked pair fails the run.
 */
export default class RuleCoverageReporter implements Reporter {
  private readonly runs: TestRun[] = [];
  private readonly outputFile: string;

  constructor(options: RuleCoverageOptions = {}) {
    this.outputFile = options.outputFile ?? 'reports/rule-coverage.json';
  }

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.runs.push({
      title: test.titlePath().slice(2).join(' › '),
      project: test.parent.project()?.name ?? '',
      passed: result.status === 'passed' && test.expectedStatus === 'passed',
      annotations: result.annotations,
    });
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const mode = ruleCoverageMode();
    if (this.runs.length === 0 && mode !== 'strict') return undefined;
    const coverage = ruleCoverage(this.runs);
    console.log(`\n${formatRuleCoverage(coverage, mode)}`);
    await mkdir(dirname(this.outputFile), { recursive: true });
    const report = { generatedAt: new Date().toISOString(), mode, runStatus: result.status, ...coverage };
    await writeFile(this.outputFile, `${JSON.stringify(report, null, 2)}\n`);
    return mode === 'strict' && coverage.missing.length > 0 ? { status: 'failed' } : undefined;
  }
}
