import { expect, test } from '@playwright/test';
import { RULE_CHECK_ANNOTATION, ruleCheckDescription, RULES } from '../../guide/rules.js';
import {
  formatRuleCoverage,
  ruleCoverage,
  ruleCoverageMode,
  type TestRun,
} from '../../reporters/rule-coverage-model.js';

const checks = (...descriptions: string[]) =>
  descriptions.map((description) => ({ type: RULE_CHECK_ANNOTATION, description }));

const run = (title: string, descriptions: string[], overrides: Partial<TestRun> = {}): TestRun => ({
  title,
  project: 'journeys',
  passed: true,
  annotations: checks(...descriptions),
  ...overrides,
});

const catalogue = {
  'list.keyword.and': { screens: ['3-②', '4'], rule: 'AND', broken: 'OR' },
  'login.lockout': { screens: ['2-②'], rule: 'lock at 5', broken: 'no lock', limit: true },
} as const;

test.describe('rule coverage', () => {
  test('maps each (rule, screen) pair to the passing tests that checked it', () => {
    const coverage = ruleCoverage(
      [run('a › first', ['list.keyword.and @ 3-②']), run('b › second', ['list.keyword.and @ 4'])],
      catalogue,
    );
    expect(coverage.pairs.map((p) => [p.rule, p.screen, p.tests.map((t) => t.title)])).toEqual([
      ['list.keyword.and', '3-②', ['a › first']],
      ['list.keyword.and', '4', ['b › second']],
      ['login.lockout', '2-②', []],
    ]);
    expect(coverage.missing).toEqual(['login.lockout @ 2-②']);
    expect(coverage.rules).toBe(2);
  });

  test('a rule checked on one of its screens only leaves the other screen missing', () => {
    const coverage = ruleCoverage([run('a › t', ['list.keyword.and @ 3-②'])], catalogue);
    expect(coverage.missing).toContain('list.keyword.and @ 4');
  });

  test('a failed or skipped run covers nothing', () => {
    const coverage = ruleCoverage(
      [run('a › failed', ['list.keyword.and @ 3-②', 'list.keyword.and @ 4'], { passed: false })],
      catalogue,
    );
    expect(coverage.missing).toEqual(['list.keyword.and @ 3-②', 'list.keyword.and @ 4', 'login.lockout @ 2-②']);
  });

  test('a limit with one side only is missing; both sides (from any passing tests) check it', () => {
    const inside = ruleCheckDescription('login.lockout', '2-②', 'inside');
    const outside = ruleCheckDescription('login.lockout', '2-②', 'outside');
    const oneSide = ruleCoverage([run('a › inside', [inside])], catalogue);
    expect(oneSide.missing).toContain('login.lockout @ 2-② (no outside check)');
    const failedOutside = ruleCoverage(
      [run('a › inside', [inside]), run('b › outside', [outside], { passed: false })],
      catalogue,
    );
    expect(failedOutside.missing).toContain('login.lockout @ 2-② (no outside check)');
    const both = ruleCoverage([run('a › inside', [inside]), run('b › outside', [outside])], catalogue);
    const pair = both.pairs.find((p) => p.rule === 'login.lockout');
    expect(pair?.checked).toBe(true);
    expect(pair?.sides?.inside.map((t) => t.title)).toEqual(['a › inside']);
    expect(pair?.sides?.outside.map((t) => t.title)).toEqual(['b › outside']);
    // A side-less check of a limit rule counts for neither side.
    expect(ruleCoverage([run('a › t', ['login.lockout @ 2-②'])], catalogue).missing).toContain('login.lockout @ 2-②');
  });

  test('reports checks of unknown rules or of screens the rule does not list, and ignores other annotations', () => {
    const coverage = ruleCoverage(
      [
        run('a › t', [], {
          annotations: [
            ...checks('list.keyword.or @ 4', 'list.keyword.and @ 2-④', 'list.keyword.and @ 4'),
            { type: 'guide-step', description: 'list.keyword.and @ 3-②' },
            { type: RULE_CHECK_ANNOTATION },
          ],
        }),
      ],
      catalogue,
    );
    expect(coverage.unknown).toEqual(['list.keyword.and @ 2-④', 'list.keyword.or @ 4']);
    expect(coverage.missing).toEqual(['list.keyword.and @ 3-②', 'login.lockout @ 2-②']);
  });

  test('strict only with RULE_COVERAGE=strict, and the verdict says so', () => {
    expect(ruleCoverageMode({ RULE_COVERAGE: 'strict' })).toBe('strict');
    expect(ruleCoverageMode({ GUIDE_COVERAGE: 'strict' })).toBe('report');
    const coverage = ruleCoverage([], catalogue);
    expect(formatRuleCoverage(coverage, 'strict')).toContain('RULE COVERAGE FAILED (RULE_COVERAGE=strict): 3');
    expect(formatRuleCoverage(coverage, 'report')).toContain('set RULE_COVERAGE=strict');
  });

  test('the real catalogue: every rule names at least one screen, a sentence and what breaking it shows', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(rule.screens.length, id).toBeGreaterThan(0);
      expect(rule.rule.length, id).toBeGreaterThan(10);
      expect(rule.broken.length, id).toBeGreaterThan(5);
      expect(new Set(rule.screens).size, id).toBe(rule.screens.length);
    }
    expect(ruleCoverage([]).missing).toHaveLength(ruleCoverage([]).pairs.length);
  });
});
