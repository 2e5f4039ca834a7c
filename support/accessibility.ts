import type AxeBuilderType from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checksRule } from '../fixtures/rules.js';
import type { ScreenOf } from '../guide/rules.js';
import { A11Y_EXCEPTIONS } from '../tests/a11y-exceptions.js';

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Axe {
  AxeBuilder: typeof AxeBuilderType;
  source: string;
}
let axe: Axe | undefined;

/**
 * @axe-core/playwright, loaded at the first scan: it evaluates all of axe-core in Node on import (~0.3 s of CPU), which
 * the runner listing the tests and the workers that never scan (walkthrough, guide) need not pay. With it, axe's
 * minified build: @axe-core/playwright injects the readable one (1.3 MB) into the page before every scan; the minified
 * one (the same version, 0.6 MB) is the same checks at ~100 ms less CPU a scan (measured on the portal).
 */
async function loadAxe(): Promise<Axe> {
  axe ??= {
    AxeBuilder: (await import('@axe-core/playwright')).default,
    source: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  };
  return axe;
}

/**
 * Scans the page as it is now with axe (WCAG 2.1 A and AA) and fails on any violation that tests/a11y-exceptions.ts
 * does not list for this screen; the failure names each rule, its help and the elements. Soft, so one run
 * reports every screen that fails.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Legacy mode runs axe in the page itself instead of opening a blank page to merge per-frame results: the portal's
  // pages have no frames (frame-ancestors 'none', no iframes), and a scan costs half the CPU.
  const { AxeBuilder, source } = await loadAxe();
  const results = await new AxeBuilder({ page, axeSource: source }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const violations = results.violations
    .filter((v) => !A11Y_EXCEPTIONS.some((e) => e.rule === v.id && e.screens.includes(screen)))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      elements: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  expect.soft(violations, `axe (WCAG 2.1 A/AA) on ${screen}`).toEqual([]);
}

/** A guide screen that the rule `a11y.wcag21aa` (guide/rules.ts) applies to. */
export type ScannedScreen = ScreenOf<'a11y.wcag21aa'>;

/** expectAccessible as a step named `axe: <name>`, so the report lists every page scanned. */
export function scanPage(page: Page, name: string): Promise<void> {
  return test.step(`axe: ${name}`, () => expectAccessible(page, name));
}

/**
 * Scans a guide screen where a journey has brought it (`state` says which: the empty form, an error shown), as a step
 * named `axe: <screen> <state>`, and records the check of `a11y.wcag21aa` on that screen for rule coverage. The journeys
 * scan as they go, so no screen is walked to twice just to be scanned; rule coverage fails a strict run that leaves a
 * screen unscanned.
 */
export async function scanScreen(page: Page, screen: ScannedScreen, state: string): Promise<void> {
  await scanPage(page, `${screen} ${state}`);
  checksRule('a11y.wcag21aa', screen);
}
