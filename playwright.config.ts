import {
  chromium,
  defineConfig,
  devices,
  type PlaywrightTestOptions,
  type PlaywrightWorkerOptions,
  type Project,
} from '@playwright/test';
import type { Target } from './fixtures/config.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config } from './fixtures/config.js';
import { ANY_TARGET_TAG } from './fixtures/target.js';
import { readAccountsFile } from './support/accounts-file.js';
import { servicesOfTarget } from './scripts/services.js';

const CI = !!process.env['CI'];
// The documented paths that walkthrough videos and the illustrated guide show (tagged by walkthrough(name), one per
// video of guide/walkthroughs.ts), so that every catalogued step is pictured.
const GUIDE_JOURNEYS = /@guide/;
// `npm run walkthrough` / `npm run guide` record every documented path (GUIDE_OUTPUTS=all); `npm test` records one
// short path to check the machinery cheaply.
const ALL_GUIDE_JOURNEYS = process.env['GUIDE_OUTPUTS'] === 'all';
const SAMPLE_JOURNEY_FILE = '**/4-contracts.spec.ts';
// Tests of the deployment project only (it has no test-data API).
const DEPLOYMENT_ONLY = 'deployment/**';
// Tests that run on any target (fixtures/target.ts): on the mock they run once, in the deployment project against the
// rehearsal portal, not again in journeys.
const ANY_TARGET_TESTS = new RegExp(ANY_TARGET_TAG);

// A bad or missing accounts file stops the run here, within seconds, naming the file and the field.
try {
  readAccountsFile(config.accountsFile);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// Playwright cannot download its own browser here: use the system's Chromium when its own is absent. Either one is
// started through scripts/chromium-launcher.sh, which switches off a feature that costs CPU on every page load.
// (`chromium` comes from @playwright/test: importing playwright-core from this ES module costs ~0.2 s in the runner
// and in every worker.)
const browser = existsSync(chromium.executablePath()) ? chromium.executablePath() : config.chromiumPath;
const chromiumLaunch = {
  ...(browser ? { executablePath: fileURLToPath(new URL('scripts/chromium-launcher.sh', import.meta.url)) } : {}),
  // This machine has no network beyond package registries: keep Chromium from phoning home.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(browser ? [`--suite-chromium=${browser}`] : []),
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Chosen by measurement (npm run bench, 2 cores): in the latest benches, on a fast and on a slow day, 2 workers were
  // faster than 1 (Playwright's 50 % default here) and steadier than 3; figures in README.md, Benchmarks. Override
  // with npm test -- --workers=N.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
    ['allure-playwright', { resultsDir: 'reports/allure-results', detail: true, suiteTitle: true }],
    ['./reporters/guide-captures.ts', { outputDir: 'reports/guide' }],
    // Rule coverage (RULE_COVERAGE=strict fails a run that leaves a (rule, screen) pair unchecked), then guide
    // coverage last, so its verdict (GUIDE_COVERAGE=strict fails a run that leaves a guide step unchecked) ends the output.
    ['./reporters/rule-coverage.ts', { outputFile: 'reports/rule-coverage.json' }],
    ['./reporters/guide-coverage.ts', { outputFile: 'reports/guide-coverage.json' }],
  ],
  outputDir: 'test-results',
  use: {
    baseURL: config.portalUrl,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: config.target === 'deployment' ? [deploymentProject()] : mockProjects(),
  webServer: servicesOfTarget(config).map((service) => ({
    name: service.name,
    command: service.command,
    env: service.env,
    url: service.healthUrl,
    reuseExistingServer: !CI,
    timeout: 30_000,
  })),
});

/**
 * The journeys against a deployment of the portal: with PORTAL_TARGET=deployment the portal at PORTAL_URL (`staging`),
 * logged into as the accounts of PORTAL_ACCOUNTS; otherwise the rehearsal portal (scripts/services.ts), the mock seeded
 * from the accounts file, whose passing tests therefore count for the mock's coverage too. Tests that need the
 * test-data API are skipped with the reason (fixtures/target.ts); tests/deployment/ checks that there is none.
 */
function deploymentProject(): Project<PlaywrightTestOptions & { target: Target }, PlaywrightWorkerOptions> {
  return {
    name: 'deployment',
    testIgnore: ['unit/**', 'walkthrough/**', 'faults/**'],
    metadata: { target: 'deployment', portal: config.target === 'deployment' ? 'staging' : 'rehearsal' },
    use: {
      ...devices['Desktop Chrome'],
      launchOptions: chromiumLaunch,
      baseURL: config.deploymentUrl,
      target: 'deployment',
    },
  };
}

function mockProjects(): Project[] {
  return [
    { name: 'unit', testDir: './tests/unit' },
    {
      // Every test that needs the test-data API; the tests that run on any target run in the deployment project.
      name: 'journeys',
      testIgnore: ['unit/**', 'walkthrough/**', 'faults/**', DEPLOYMENT_ONLY],
      grepInvert: ANY_TARGET_TESTS,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    {
      // For trainers: each documented path recorded as a video (fixtures/walkthrough-recorder.ts), encoded into
      // test-results/walkthroughs; `npm run walkthrough` publishes the checked set into walkthroughs/.
      name: 'walkthrough',
      testIgnore: ['unit/**', 'walkthrough/**', 'faults/**', DEPLOYMENT_ONLY],
      ...(ALL_GUIDE_JOURNEYS ? {} : { testMatch: SAMPLE_JOURNEY_FILE }),
      grep: GUIDE_JOURNEYS,
      timeout: 180_000, // the video's pace (chapter cards, 2 s per screen) makes each journey a minute or more
      // Playwright's screencast overlays (chapter cards, captions, the mail shown) style themselves inline, which the
      // portal's Content-Security-Policy forbids; the videos are trainer material, the journeys project checks the CSP.
      // In `npm test` the one sample is recorded at 0.3 of the trainers' tempo: it checks how a video is made.
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunch,
        bypassCSP: true,
        walkthroughPace: ALL_GUIDE_JOURNEYS ? 1 : 0.3,
      },
    },
    {
      // The recorded videos checked as a trainer would get them: captions, streams, chapters (tests/walkthrough/).
      name: 'walkthrough-checks',
      testDir: './tests/walkthrough',
      dependencies: ['walkthrough'],
      // One shard group: with --shard, every shard holding one of these checks would also run (and report) the
      // walkthrough recording it depends on; kept together, the recording runs in one shard only.
      fullyParallel: false,
    },
    {
      // The illustrated guide: the guide journeys with a storyboard per guide step (fixtures/guide-capturer.ts);
      // reporters/guide-captures.ts collects them and `npm run guide:build` renders reports/guide/index.html + PDF.
      name: 'guide',
      testIgnore: ['unit/**', 'walkthrough/**', 'faults/**', DEPLOYMENT_ONLY],
      ...(ALL_GUIDE_JOURNEYS ? {} : { testMatch: SAMPLE_JOURNEY_FILE }),
      grep: GUIDE_JOURNEYS,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    {
      // Faults through the real components (tests/faults/): Mailpit's chaos triggers and a Mailpit restart, against a
      // Mailpit (chaos switch on) and portal of their own on other ports (fixtures/faults.ts), so the shared Mailpit
      // the other projects use never refuses mail. One worker, one test at a time.
      name: 'faults',
      testDir: './tests/faults',
      workers: 1,
      fullyParallel: false,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    deploymentProject(),
  ];
}
