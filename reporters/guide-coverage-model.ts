import {
  chapterOf,
  GUIDE_CHAPTERS,
  GUIDE_STEP_ANNOTATION,
  GUIDE_STEP_IDS,
  GUIDE_STEPS,
  DEPLOYMENT_STEPS,
  type GuideStepId,
} from '../guide/steps.js';

/** One finished run of one test, as the coverage needs it (built from Playwright's TestCase and TestResult). */
export interface TestRun {
  /** File › describe › test title (without the project, so one test run by several projects counts once). */
  title: string;
  project: string;
  passed: boolean;
  /** What the test's project ran against (its metadata `target`); without one, the mock. */
  target?: string;
  /**
   * A deployment-target run against the rehearsal portal (project metadata `portal: 'rehearsal'`): the mock portal
   * seeded from the accounts file, so the run counts for the mock as well as for the deployment target.
   */
  rehearsal?: boolean;
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
  /**
   * What the run left unchecked: catalogued steps no passing test went through on the mock (judged unless only a
   * deployment ran), and, when a deployment ran, each step of DEPLOYMENT_STEPS no passing test went through there,
   * as '<id> (deployment)'.
   */
  missing: string[];
  /** The targets the run's tests ran against ('mock', 'deployment'). */
  targets: string[];
  /** On a deployment (when one ran): the steps that must be checked there and those that were. */
  deployment?: { required: GuideStepId[]; checked: GuideStepId[] };
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
  const onDeployment = new Set<string>();
  const targets = new Set(runs.map((run) => run.target ?? 'mock'));
  const byStep = new Map<string, Map<string, Set<string>>>();
  // Projects whose runs count only for a deployment: not the mock's own, nor the rehearsal of a deployment on it.
  const deploymentProjects = new Set(
    runs.filter((r) => r.target === 'deployment' && r.rehearsal !== true).map((r) => r.project),
  );
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
      if (run.target === 'deployment') onDeployment.add(id);
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
  const onMock = (step: StepCoverage) => step.tests.some((t) => t.projects.some((p) => !deploymentProjects.has(p)));
  const mockJudged = targets.has('mock') || !targets.has('deployment');
  const required = catalogue.filter((id) => DEPLOYMENT_STEPS.includes(id));
  const deployment = targets.has('deployment')
    ? { required, checked: required.filter((id) => onDeployment.has(id)) }
    : undefined;
  return {
    steps,
    missing: [
      ...(mockJudged ? steps.filter((s) => !onMock(s)).map((s) => s.id) : []),
      ...(deployment ? required.filter((id) => !onDeployment.has(id)).map((id) => `${id} (deployment)`) : []),
    ],
    targets: [...targets].sort(),
    ...(deployment ? { deployment } : {}),
    unknown: [...unknown].sort(),
  };
}

/** The console report: every step with the passing tests that went through it. */
export function formatCoverage(coverage: GuideCoverage, mode: CoverageMode): string {
  const onMock = coverage.missing.filter((m) => !m.endsWith(' (deployment)'));
  const covered = coverage.steps.length - onMock.length;
  const lines = [
    coverage.targets.includes('mock') || !coverage.deployment
      ? `ガイド網羅 (guide coverage): ${covered}/${coverage.steps.length} steps have a passing test`
      : 'ガイド網羅 (guide coverage): only the deployment target ran',
  ];
  if (coverage.deployment) {
    const { required, checked } = coverage.deployment;
    lines.push(`  on the deployment target: ${checked.length}/${required.length} of ${required.join(', ')}`);
  }
  for (const step of coverage.steps) {
    lines.push(`  ${step.tests.length > 0 ? '✓' : '✗'} ${step.id}  ${step.title}`);
    if (step.tests.length === 0) lines.push('      (no passing test)');
    for (const test of step.tests) lines.push(`      ${test.title}  [${test.projects.join(', ')}]`);
  }
  if (coverage.unknown.length > 0) {
    lines.push(`  Step ids not in guide/steps.ts: ${coverage.unknown.join(', ')}`);
  }
  if (coverage.missing.length > 0) {
    const title = (missing: string) => GUIDE_STEPS[missing.replace(' (deployment)', '') as GuideStepId];
    const list = coverage.missing.map((missing) => `${missing} ${title(missing)}`).join('; ');
    lines.push(
      mode === 'strict'
        ? `GUIDE COVERAGE FAILED (GUIDE_COVERAGE=strict): no passing test went through ${coverage.missing.length} catalogued step(s): ${list}`
        : `Not covered in this run (set GUIDE_COVERAGE=strict to fail on it): ${list}`,
    );
  }
  return lines.join('\n');
}
