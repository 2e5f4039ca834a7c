import { defineConfig } from '@playwright/test';

/**
 * `npx playwright merge-reports --config merge.config.ts <dir of blob zips>`: the reports of a sharded run
 * (`npm run test:sharded`, .github/workflows/ci.yml), built once from every shard's blob report. Guide coverage is
 * judged here, strictly, on the merged result: a step checked in any shard counts; a step no shard checked fails.
 * merge-reports itself exits 0 even then (it fails only when a reporter throws): scripts/merged-verdict.ts gives the
 * verdict from reports/junit.xml, reports/guide-coverage.json and reports/rule-coverage.json.
 */
export default defineConfig({
  testDir: './tests',
  reporter: [
    ['dot'],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
    ['./reporters/allure-merged.ts', { resultsDir: 'reports/allure-results', detail: true, suiteTitle: true }],
    ['./reporters/rule-coverage.ts', { outputFile: 'reports/rule-coverage.json' }],
    ['./reporters/guide-coverage.ts', { outputFile: 'reports/guide-coverage.json', strict: true }],
  ],
});
