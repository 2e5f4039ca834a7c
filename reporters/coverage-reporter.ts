import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CoverageMode, TestRun } from './guide-coverage-model.js';

/** What a coverage reporter must say, at least: the catalogued entries no passing test checked. */
export interface Coverage {
  missing: readonly unknown[];
}

/** A coverage model, as a reporter uses it (reporters/guide-coverage-model.ts, reporters/rule-coverage-model.ts). */
export interface CoverageModel<C extends Coverage> {
  /** Asked after the run: `strict` fails a run that leaves a catalogued entry unchecked; `report` only reports. */
  mode: () => CoverageMode;
  coverage: (runs: readonly TestRun[]) => C;
  format: (coverage: C, mode: CoverageMode) => string;
}

/**
 * The common part of the guide-step and rule coverage reporters: collects each finished test as a TestRun, and after
 * the run prints the coverage, writes it as JSON to `outputFile`, and in strict mode fails the run when anything is
 * missing. A subclass gives its model: which mode applies, how the runs map onto its catalogue, and how that reads.
 */
export class CoverageReporter<C extends Coverage> implements Reporter {
  private readonly runs: TestRun[] = [];

  constructor(
    private readonly outputFile: string,
    private readonly model: CoverageModel<C>,
  ) {}

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.runs.push({
      // titlePath: ['', project, file, ...describes, title]; without the project one test counts once.
      title: test.titlePath().slice(2).join(' › '),
      project: test.parent.project()?.name ?? '',
      passed: result.status === 'passed' && test.expectedStatus === 'passed',
      target: targetOf(test.parent.project()?.metadata),
      rehearsal: isRehearsal(test.parent.project()?.metadata),
      annotations: result.annotations,
    });
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const mode = this.model.mode();
    // `--list`, or a run stopped before any test: nothing to report (strict mode still fails below).
    if (this.runs.length === 0 && mode !== 'strict') return undefined;
    const coverage = this.model.coverage(this.runs);
    console.log(`\n${this.model.format(coverage, mode)}`);
    await mkdir(dirname(this.outputFile), { recursive: true });
    const report = { generatedAt: new Date().toISOString(), mode, runStatus: result.status, ...coverage };
    await writeFile(this.outputFile, `${JSON.stringify(report, null, 2)}\n`);
    return mode === 'strict' && coverage.missing.length > 0 ? { status: 'failed' } : undefined;
  }
}

/** The target a project's metadata names (playwright.config.ts); the fakes of the unit tests have no metadata. */
function targetOf(metadata: Record<string, unknown> | undefined): string {
  const target = metadata?.['target'];
  return typeof target === 'string' ? target : 'mock';
}

/** Whether the project ran against the rehearsal portal (the mock seeded from the accounts file, playwright.config.ts). */
function isRehearsal(metadata: Record<string, unknown> | undefined): boolean {
  return metadata?.['portal'] === 'rehearsal';
}
