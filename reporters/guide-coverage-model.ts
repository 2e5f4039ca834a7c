import {
  chapterOf,
  GUIDE_CHAPTERS,
  GUIDE_STEP_ANNOTATION,
  GUIDE_STEP_IDS,
  GUIDE_STEPS,
  type GuideStepId,
} from '../guide/steps.js';

/** One finished run of one test, as the coverage needs it (built from Playwright's TestCase and TestResult). */
export interface TestRun {
  /** File › describe › test title (without the project, so one test run by several projects counts once). */
  title: string;
  project: string;
  passed: boolean;
  annotations: readonly { type: string; description?: string | undefined }[];
}

export interface CoveringTest {
  title: string;
  projects: string[];
}

export interface StepCoverage {
  id: GuideStepId;
  chapter: string;
  title: string;
  tests: CoveringTest[];
}

export interface GuideCoverage {
  steps: StepCoverage[];
  /** Catalogued steps that no passing test went through. */
  missing: GuideStepId[];
  /** Step ids found on tests but not in the catalogue (a typo the types did not catch, e.g. in a cast). */
  unknown: string[];
}

export type CoverageMode = 'strict' | 'report';

/** `GUIDE_COVERAGE=strict` fails a run that leaves a catalogued step unchecked; anything else only reports. */
export function coverageMode(env: NodeJS.ProcessEnv = process.env): CoverageMode {
  return env['GUIDE_COVERAGE'] === 'strict' ? 'strict' : 'report';
}

/** Maps the passing runs' `guide-step` annotations onto the catalogue. Pure, so it is unit-tested. */
export function guideCoverage(
  runs: readonly TestRun[],
  catalogue: readonly GuideStepId[] = GUIDE_STEP_IDS,
): GuideCoverage {
  const known = new Set<string>(catalogue);
  const byStep = new Map<string, Map<string, Set<string>>>();
  const unknown = new Set<string>();
  for (const run of runs) {
    if (!run.passed) continue;
    for (const annotation of run.annotations) {
      if (annotation.type !== GUIDE_STEP_ANNOTATION || annotation.description === undefined) continue;
      const id = annotation.description;
      if (!known.has(id)) {
        unknown.add(id);
        continue;
      }
      const tests = byStep.get(id) ?? new Map<string, Set<string>>();
      tests.set(run.title, (tests.get(run.title) ?? new Set<string>()).add(run.project));
      byStep.set(id, tests);
    }
  }
  const steps = catalogue.map((id): StepCoverage => {
    const tests = [...(byStep.get(id) ?? new Map<string, Set<string>>())]
      .map(([title, projects]) => ({ title, projects: [...projects].sort() }))
      .sort((a, b) => a.title.localeCompare(b.title));
    return { id, chapter: GUIDE_CHAPTERS[chapterOf(id)], title: GUIDE_STEPS[id], tests };
  });
  return {
    steps,
    missing: steps.filter((s) => s.tests.length === 0).map((s) => s.id),
    unknown: [...unknown].sort(),
  };
}

/** The console report: every step with the passing tests that went through it. */
export function formatCoverage(coverage: GuideCoverage, mode: CoverageMode): string {
  const covered = coverage.steps.length - coverage.missing.length;
  const lines = [`ガイド網羅 (guide coverage): ${covered}/${coverage.steps.length} steps have a passing test`];
  for (const step of coverage.steps) {
    lines.push(`  ${step.tests.length > 0 ? '✓' : '✗'} ${step.id}  ${step.title}`);
    if (step.tests.length === 0) lines.push('      (no passing test)');
    for (const test of step.tests) lines.push(`      ${test.title}  [${test.projects.join(', ')}]`);
  }
  if (coverage.unknown.length > 0) {
    lines.push(`  Step ids not in guide/steps.ts: ${coverage.unknown.join(', ')}`);
  }
  if (coverage.missing.length > 0) {
    const list = coverage.missing.map((id) => `${id} ${GUIDE_STEPS[id]}`).join('; ');
    lines.push(
      mode === 'strict'
        ? `GUIDE COVERAGE FAILED (GUIDE_COVERAGE=strict): no passing test went through ${coverage.missing.length} catalogued step(s): ${list}`
        : `Not covered in this run (set GUIDE_COVERAGE=strict to fail on it): ${list}`,
    );
  }
  return lines.join('\n');
}
