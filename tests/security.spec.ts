import { checksRule } from '../fixtures/rules.js';
import { expect, test } from '../fixtures/test.js';
import { MESSAGES } from '../guide/portal-promises.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { ServiceMenuPage } from '../pages/service-menu-page.js';

// The idle timeout and the return to the page asked for are checked in the browser by 2-login.spec.ts
// (「sessions」) and in-process by tests/unit/portal-session.test.ts; these are the checks only a browser shows.
// Each test has a fresh browser context that visits only the portal, so every cookie in it is the portal's.
test.describe('セッションと安全性（docs/portal.md 「Sessions and safety」）', () => {
  test('2-③ セッションCookieはHttpOnlyかつSameSite=Laxで、ログインするとセッションIDが新しくなる', async ({
    page,
    people,
    logIn,
  }) => {
    const person = await people.create({ state: 'active' });
    await new LoginTopPage(page).open();
    const before = await page.context().cookies();
    expect(before.length).toBeGreaterThan(0);

    await logIn(page, person);
    const after = await page.context().cookies();
    for (const cookie of [...before, ...after]) {
      expect(cookie.httpOnly, cookie.name).toBe(true);
      expect(cookie.sameSite, cookie.name).toBe('Lax');
    }
    checksRule('session.cookie', '2-①');
    checksRule('session.cookie', '2-④');
    const valuesBefore = new Set(before.map((c) => c.value));
    expect(after.filter((c) => valuesBefore.has(c.value))).toEqual([]);
  });

  test('2-④ ログアウトでセッションが終わり、古いCookieではサービスメニューに届かない', async ({
    page,
    people,
    logIn,
  }) => {
    const person = await people.create({ state: 'active' });
    const menu = await logIn(page, person);
    const sessionCookies = await page.context().cookies();

    const top = await menu.logout();
    await expect(top.notice).toHaveText(MESSAGES.loggedOut);

    // Put the pre-logout cookie back, as someone who copied it would: it opens nothing.
    await page.context().clearCookies();
    await page.context().addCookies(sessionCookies);
    await page.goto('/menu');
    await new LoginTopPage(page).expectCurrent();
  });

  test('2-④ 氏名の<script>はヘッダに文字として表示され、実行されない', async ({ page, people, logIn }) => {
    const name = '<script>window.__xss = 1; alert("xss")</script>山田';
    const person = await people.create({ state: 'active', name });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    const menu = await logIn(page, person);
    await expect(menu.header).toContainText(name);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => Reflect.has(window, '__xss'))).toBe(false);
  });

  test('CSRFトークンのない、または偽のトークンのPOSTは403で、何も変わらない', async ({ page, people, logIn }) => {
    const person = await people.create({ state: 'active' });
    await logIn(page, person);

    // page.request shares the browser's cookies: the session is valid, only the token is missing or wrong.
    const forms: Record<string, string>[] = [{}, { _csrf: 'forged-token' }];
    for (const form of forms) {
      const response = await page.request.post('/logout', { form, maxRedirects: 0 });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain(MESSAGES.badRequest);
    }
    await page.reload();
    const menu = await new ServiceMenuPage(page).expectCurrent();
    await expect(menu.header).toContainText(person.name);
  });
});
