// Allure 3 (`npm run report:allure`): builds from what allure-playwright wrote, offline, no Java.
// Two views of one run, each a single self-contained index.html (opens from disk):
//   reports/allure-report/all/    every test, by project › file › describe
//   reports/allure-report/guide/  the journeys, by the guide: chapter (epic) › test file (feature) › step (story)
import { defineConfig } from 'allure';

const reportName = 'ビジネスポータル E2E（ひかりクラウドPBX編）';
const common = { reportLanguage: 'ja', singleFile: true };

export default defineConfig({
  name: reportName,
  resultsDir: 'reports/allure-results',
  output: 'reports/allure-report',
  plugins: {
    all: {
      import: '@allurereport/plugin-awesome',
      options: { ...common, reportName, groupBy: ['parentSuite', 'suite', 'subSuite'] },
    },
    guide: {
      import: '@allurereport/plugin-awesome',
      options: {
        ...common,
        reportName: `${reportName} ガイド別`,
        groupBy: ['epic', 'feature', 'story'],
        // Tests that went through a documented step (fixtures/guide.ts labels them guideStep); the walkthrough
        // project's runs are left to the first view: they repeat the journeys, only with videos.
        filter: (result) =>
          result.labels.some((label) => label.name === 'guideStep') &&
          !result.labels.some((label) => label.name === 'parentSuite' && label.value === 'walkthrough'),
      },
    },
  },
});
