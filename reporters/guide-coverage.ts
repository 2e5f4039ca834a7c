import { CoverageReporter } from './coverage-reporter.js';
import { coverageMode, formatCoverage, guideCoverage, type GuideCoverage } from './guide-coverage-model.js';

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
export default class GuideCoverageReporter extends CoverageReporter<GuideCoverage> {
  constructor(options: GuideCoverageOptions = {}) {
    const strict = options.strict ?? false;
    super(options.outputFile ?? 'reports/guide-coverage.json', {
      mode: () => (strict ? 'strict' : coverageMode()),
      coverage: (runs) => guideCoverage(runs),
      format: formatCoverage,
    });
  }
}
