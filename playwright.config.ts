import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { config } from './fixtures/config.js';
import { services } from './scripts/services.js';

const CI = !!process.env['CI'];
// The documented paths that walkthrough videos and the illustrated guide show: one fast path per chapter (@smoke)
// plus the TOTP and パスワード再設定 paths (@guide), so that every catalogued step is pictured.
const GUIDE_JOURNEYS = /@smoke|@guide/;
const walkthroughSize = { width: 1280, height: 720 };

// Playwright cannot download its own browser here: use the system's Chromium when its own is absent.
const bundledChromium = existsSync(chromium.executablePath());
const chromiumLaunch = {
  ...(bundledChromium ? {} : { executablePath: config.chromiumPath }),
  // This machine has no network beyond package registries: keep Chromium from phoning home.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Measured on 2 cores (npm run bench:suite): journeys 91 s with 1 worker, 72 s with 2.
  workers: CI ? 2 : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
    ['allure-playwright', { resultsDir: 'reports/allure-results', detail: true, suiteTitle: true }],
    ['./reporters/guide-captures.ts', { outputDir: 'reports/guide' }],
    // Last, so its verdict (GUIDE_COVERAGE=strict fails a run that leaves a guide step unchecked) ends the output.
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
  projects: [
    { name: 'unit', testDir: './tests/unit' },
    {
      name: 'journeys',
      testIgnore: ['unit/**'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    {
      // For trainers: the guide journeys slowed down, recorded at 1280×720, each guide step a chapter card
      // (fixtures/guide.ts), the current step captioned, clicks highlighted; a WebVTT chapters file per video.
      name: 'walkthrough',
      testIgnore: ['unit/**'],
      grep: GUIDE_JOURNEYS,
      timeout: 120_000, // slowMo and chapter cards make each journey several times longer
      use: {
        ...devices['Desktop Chrome'],
        viewport: walkthroughSize,
        launchOptions: { ...chromiumLaunch, slowMo: 300 },
        video: {
          mode: 'on',
          size: walkthroughSize,
          show: { actions: { duration: 800, position: 'top-right' }, test: { level: 'step', position: 'bottom-left' } },
        },
      },
    },
    {
      // The illustrated guide: the guide journeys with a storyboard per guide step (screens acted on, then the result);
      // reporters/guide-captures.ts collects them and `npm run guide:build` renders reports/guide/index.html.
      name: 'guide',
      testIgnore: ['unit/**'],
      grep: GUIDE_JOURNEYS,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
  ],
  webServer: services(config).map((service) => ({
    name: service.name,
    command: service.command,
    env: service.env,
    url: service.healthUrl,
    reuseExistingServer: !CI,
    timeout: 30_000,
  })),
});
