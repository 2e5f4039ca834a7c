import {
  areaOf,
  isLimitRule,
  parseRuleCheck,
  RULE_CHECK_ANNOTATION,
  RULE_IDS,
  RULES,
  type LimitSide,
  type RuleId,
} from '../guide/rules.js';
import type { CoverageMode, CoveringTest, TestRun } from './guide-coverage-model.js';

export type { TestRun } from './guide-coverage-model.js';

export interface PairCoverage {
  rule: RuleId;
  screen: string;
  area: string;
  text: string;
  broken: string;
  limit: boolean;
  /** Passing tests that checked the rule on the screen (any side for a limit). */
  tests: CoveringTest[];
  /** For a limit: the passing tests per side; the pair is checked only when both have one. */
  sides?: Record<LimitSide, CoveringTest[]>;
  checked: boolean;
}

export interface RuleCoverage {
  rules: number;
  pairs: PairCoverage[];
  /** 'rule @ screen' pairs without a passing check (a limit with one side only included). */
  missing: string[];
  /** Checks on tests whose rule or screen is not in the catalogue (a typo the types did not catch). */
  unknown: string[];
}

/** `RULE_COVERAGE=strict` fails a run that leaves a (rule, screen) pair unchecked; anything else only reports. */
export function ruleCoverageMode(env: NodeJS.ProcessEnv = process.env): CoverageMode {
  return env['RULE_COVERAGE'] === 'strict' ? 'strict' : 'report';
}

type Catalogue = Readonly<Record<string, { screens: readonly string[]; rule: string; broken: string; limit?: true }>>;

/** Maps the passing runs' `rule-check` annotations onto every (rule, screen) pair. Pure, so it is unit-tested. */
export function ruleCoverage(runs: readonly TestRun[], catalogue: Catalogue = RULES): RuleCoverage {
  // key 'rule @ screen' → side ('' for plain rules) → title → projects
  const found = new Map<string, Map<string, Map<string, Set<string>>>>();
  const unknown = new Set<string>();
  for (const run of runs) {
    if (!run.passed) continue;
    for (const annotation of run.annotations) {
      if (annotation.type !== RULE_CHECK_ANNOTATION || annotation.description === undefined) continue;
      const check = parseRuleCheck(annotation.description);
      const rule = check === undefined ? undefined : catalogue[check.id];
      if (check === undefined || rule === undefined || !rule.screens.includes(check.screen)) {
        unknown.add(annotation.description);
        continue;
      }
      const key = `${check.id} @ ${check.screen}`;
      const sides = found.get(key) ?? new Map<string, Map<string, Set<string>>>();
      const tests = sides.get(check.side ?? '') ?? new Map<string, Set<string>>();
      tests.set(run.title, (tests.get(run.title) ?? new Set<string>()).add(run.project));
      sides.set(check.side ?? '', tests);
      found.set(key, sides);
    }
  }
  const list = (tests: Map<string, Set<string>> | undefined): CoveringTest[] =>
    [...(tests ?? new Map<string, Set<string>>())]
      .map(([title, projects]) => ({ title, projects: [...projects].sort() }))
      .sort((a, b) => a.title.localeCompare(b.title));

  const pairs: PairCoverage[] = [];
  for (const [id, rule] of Object.entries(catalogue)) {
    for (const screen of rule.screens) {
      const sides = found.get(`${id} @ ${screen}`);
      const limit = rule.limit === true;
      const base = {
        rule: id as RuleId,
        screen,
        area: id in RULES ? areaOf(id as RuleId) : id.slice(0, id.indexOf('.')),
        text: rule.rule,
        broken: rule.broken,
        limit,
      };
      if (limit) {
        const inside = list(sides?.get('inside'));
        const outside = list(sides?.get('outside'));
        const all = new Map<string, Set<string>>();
        for (const t of [...inside, ...outside]) {
          all.set(t.title, new Set([...(all.get(t.title) ?? []), ...t.projects]));
        }
        pairs.push({
          ...base,
          tests: list(all),
          sides: { inside, outside },
          checked: inside.length > 0 && outside.length > 0,
        });
      } else {
        const tests = list(sides?.get(''));
        pairs.push({ ...base, tests, checked: tests.length > 0 });
      }
    }
  }
  return {
    rules: Object.keys(catalogue).length,
    pairs,
    missing: pairs.filter((p) => !p.checked).map((p) => `${p.rule} @ ${p.screen}${missingSide(p)}`),
    unknown: [...unknown].sort(),
  };
}

function missingSide(pair: PairCoverage): string {
  if (!pair.sides) return '';
  const absent = (['inside', 'outside'] as const).filter((side) => pair.sides?.[side].length === 0);
  return absent.length === 1 ? ` (no ${absent[0]} check)` : '';
}

/** The console report: every (rule, screen) pair with the passing tests that checked it. */
export function formatRuleCoverage(coverage: RuleCoverage, mode: CoverageMode): string {
  const checked = coverage.pairs.length - coverage.missing.length;
  const lines = [
    `ルール網羅 (rule coverage): ${checked}/${coverage.pairs.length} (rule, screen) pairs of ${coverage.rules} rules have passing checks`,
  ];
  for (const pair of coverage.pairs) {
    lines.push(`  ${pair.checked ? '✓' : '✗'} ${pair.rule} @ ${pair.screen}${pair.limit ? '  [limit]' : ''}`);
    if (pair.sides) {
      for (const side of ['inside', 'outside'] as const) {
        const tests = pair.sides[side];
        if (tests.length === 0) lines.push(`      ${side}: (no passing test)`);
        for (const test of tests) lines.push(`      ${side}: ${test.title}  [${test.projects.join(', ')}]`);
      }
    } else {
      if (pair.tests.length === 0) lines.push('      (no passing test)');
      for (const test of pair.tests) lines.push(`      ${test.title}  [${test.projects.join(', ')}]`);
    }
  }
  if (coverage.unknown.length > 0) {
    lines.push(`  Rule checks not in guide/rules.ts: ${coverage.unknown.join(', ')}`);
  }
  if (coverage.missing.length > 0) {
    const list = coverage.missing.join('; ');
    lines.push(
      mode === 'strict'
        ? `RULE COVERAGE FAILED (RULE_COVERAGE=strict): ${coverage.missing.length} (rule, screen) pair(s) have no passing check: ${list}`
        : `Not checked in this run (set RULE_COVERAGE=strict to fail on it): ${list}`,
    );
  }
  return lines.join('\n');
}

/** Is `id` a limit rule of the real catalogue (for callers outside the model). */
export { isLimitRule, RULE_IDS };
