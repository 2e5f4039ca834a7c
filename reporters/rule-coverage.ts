import { CoverageReporter } from './coverage-reporter.js';
import { formatRuleCoverage, ruleCoverage, ruleCoverageMode, type RuleCoverage } from './rule-coverage-model.js';

export interface RuleCoverageOptions {
  /** Where the (rule, screen) → tests mapping is written as JSON. */
  outputFile?: string;
}

/**
 * Prints, after a run, each (rule, screen) pair of guide/rules.ts and the passing tests that checked it (the
 * `rule-check` annotations fixtures/rules.ts pushes at runtime). A limit pair needs a passing check on each side.
 * With RULE_COVERAGE=strict (as `npm test` runs) an unchecked pair fails the run.
 */
export default class RuleCoverageReporter extends CoverageReporter<RuleCoverage> {
  constructor(options: RuleCoverageOptions = {}) {
    super(options.outputFile ?? 'reports/rule-coverage.json', {
      mode: () => ruleCoverageMode(),
      coverage: (runs) => ruleCoverage(runs),
      format: formatRuleCoverage,
    });
  }
}
