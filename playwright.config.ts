import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { config } from './fixtures/config.js';
import { services } from './scripts/services.js';

const CI = !!process.env['CI'];

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
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
    ['allure-playwright', { resultsDir: 'reports/allure-results', detail: true, suiteTitle: true }],
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
