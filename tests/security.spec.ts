import { expect, test } from '../fixtures/test.js';
import { loggedIn } from '../fixtures/login.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { ServiceMenuPage } from '../pages/service-menu-page.js';

// The idle timeout and the return to the page asked for are checked in the browser by 2-login.spec.ts
// (「sessions」) and in-process by tests/unit/portal-session.test.ts; these are the checks only a browser shows.
// Each test has a fresh browser context that visits only the portal, so every cookie in it is the portal's.
test.describe('Sessions and safety (portal.md 「Sessions and safety」)', () => {
  test('the session cookie is HttpOnly and SameSite=Lax, and login gives a new session id @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    await new LoginTopPage(page).open();
    const before = await page.context().cookies();
    expect(before.length).toBeGreaterThan(0);

    await loggedIn(page, person, mailbox);
    const after = await page.context().cookies();
    for (const cookie of [...before, ...after]) {
      expect(cookie.httpOnly, cookie.name).toBe(true);
      expect(cookie.sameSite, cookie.name).toBe('Lax');
    }
    const valuesBefore = new Set(before.map((c) => c.value));
    expect(after.filter((c) => valuesBefore.has(c.value))).toEqual([]);
  });

  test('ログアウト ends the session: the old cookie no longer reaches サービスメニュー @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    const menu = await loggedIn(page, person, mailbox);
    const sessionCookies = await page.context().cookies();

    const top = await menu.logout();
    await expect(top.notice).toHaveText('ログアウトしました。');

    // Put the pre-logout cookie back, as someone who copied it would: it opens nothing.
    await page.context().clearCookies();
    await page.context().addCookies(sessionCookies);
    await page.goto('/menu');
    await new LoginTopPage(page).expectCurrent();
  });

  test('<script> in 氏名 shows as text in the header and never runs @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const name = '<script>window.__xss = 1; alert("xss")</script>山田';
    const person = await people.create({ state: 'active', name });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    const menu = await loggedIn(page, person, mailbox);
    await expect(menu.header).toContainText(name);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => Reflect.has(window, '__xss'))).toBe(false);
  });

  test('a POST without the CSRF token, or with a forged one, is 403 and changes nothing @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    await loggedIn(page, person, mailbox);

    // page.request shares the browser's cookies: the session is valid, only the token is missing or wrong.
    const forms: Record<string, string>[] = [{}, { _csrf: 'forged-token' }];
    for (const form of forms) {
      const response = await page.request.post('/logout', { form, maxRedirects: 0 });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain('不正なリクエストです');
    }
    await page.reload();
    const menu = await new ServiceMenuPage(page).expectCurrent();
    await expect(menu.header).toContainText(person.name);
  });
});
