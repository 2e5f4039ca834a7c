// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import playwright from 'eslint-plugin-playwright';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'allure-report/',
      'allure-results/',
      'reports/',
      // The portal's bundle while it starts (mock-portal/start.js); npm test lints beside a run that starts portals.
      'mock-portal/.main-*.bundle.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['tests/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-skipped-test': 'error',
      'playwright/no-focused-test': 'error',
      'playwright/expect-expect': ['error', { assertFunctionNames: ['expect*', '*.expect*', '*.assert*'] }],
    },
  },
  {
    files: ['pages/**/*.ts', 'fixtures/**/*.ts', 'support/**/*.ts'],
    plugins: { playwright },
    rules: { 'playwright/no-wait-for-timeout': 'error', 'playwright/no-raw-locators': 'off' },
  },
);
