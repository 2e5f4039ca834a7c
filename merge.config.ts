import { defineConfig } from '@playwright/test';

/**
 * `npx playwright merge-reports --config merge.config.ts <dir of blob zips>`: the reports of a sharded run
 * (`npm run test:sharded`, .github/workflows/ci.yml), built once from every shard's blob report. Guide coverage is
 * judged here, strictly, on the merged result: a step checked in any shard counts; a step no shard checked fails.
 */
export default defineConfig({
  testDir: './tests',
  reporter: [
    ['dot'],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
    ['./reporters/allure-merged.ts', { resultsDir: 'reports/allure-results', detail: true, suiteTitle: true }],
    ['./reporters/guide-coverage.ts', { outputFile: 'reports/guide-coverage.json', strict: true }],
  ],
});
