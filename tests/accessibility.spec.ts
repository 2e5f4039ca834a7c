import { ANY_TARGET, expect, test } from '../fixtures/test.js';
import { scanPage } from '../support/accessibility.js';

// Accessibility (axe, WCAG 2.1 A/AA): the journeys scan every guide screen where they reach it, error states
// included (scanScreen in support/accessibility.ts; each scan is a step `axe: <screen> <state>`), and rule coverage
// fails a strict run that leaves a guide screen unscanned (`a11y.wcag21aa` in guide/rules.ts). Where each screen is
// scanned: `grep -rn scanScreen tests/`. This file scans the pages that belong to no guide step. A violation fails
// the run unless tests/a11y-exceptions.ts lists it with its reason.
test.describe('アクセシビリティ（axe, WCAG 2.1 A/AA）', () => {
  test('ページが見つかりません（404）', ANY_TARGET, async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');

    await scanPage(page, 'ページが見つかりません');
  });
});
