import { ANY_TARGET, expect, test } from '../fixtures/test.js';
import { LoginTopPage } from '../pages/login-top-page.js';

// The journeys run under the portal's Content-Security-Policy and fail on a violation (fixtures/test.ts, the
// `context` fixture listens to the console). This shows the policy is enforced and that a violation reaches the
// console as the guard expects, in a context of its own so that the violation does not fail this test.
test.describe('Content-Security-Policy（docs/portal.md 「security.csp」）', ANY_TARGET, () => {
  test('2-① インラインのスタイルやスクリプトはブロックされ、違反はコンソールに出る', async ({ browser, config }) => {
    const context = await browser.newContext({ baseURL: config.portalUrl });
    try {
      const page = await context.newPage();
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      const response = await page.goto('/');
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      await new LoginTopPage(page).expectCurrent();

      // What an injection would add: an inline style and an inline script, neither of which may take effect.
      await page.evaluate(() => {
        document.body.insertAdjacentHTML('beforeend', '<p style="color: rgb(255, 0, 0)">注入された段落</p>');
        const script = document.createElement('script');
        script.textContent = 'document.title = "injected"';
        document.body.append(script);
      });
      await expect(page.getByText('注入された段落')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
      await expect(page).not.toHaveTitle('injected');
      await expect.poll(() => messages.filter((text) => /Content Security Policy/.test(text)).length).toBe(2);
    } finally {
      await context.close();
    }
  });
});
