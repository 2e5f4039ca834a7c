import { expect, test } from '@playwright/test';
import { checksRule } from '../../fixtures/rules.js';
import { sha256 } from '../../mock-portal/security/secrets.js';
import { buildPortal, crawl, createUser, PASSWORD, pathOf, type Portal, postForms, Visitor } from './portal-harness.js';

const IDENTITY = { name: '山田　太郎', phone: '0312345678' };

/** An invited user's one-time URL [A], as a path of the in-process app. */
async function invited(portal: Portal, overrides: Record<string, unknown> = {}) {
  const user = await createUser(portal, { state: 'invited', password: undefined, ...overrides });
  return { ...user, path: pathOf(user.registrationUrl ?? '') };
}

test.describe('CSRF (in-process, no browser)', () => {
  test("every POST form on every page, in every state, carries the session's _csrf token", async () => {
    const portal = buildPortal();
    const checked: string[] = [];
    const check = async (visitor: Visitor, seeds: string[]) => {
      for (const page of await crawl(visitor, seeds)) {
        for (const form of postForms(page.html)) {
          checked.push(`${page.path} → ${form.action}`);
          expect(form.csrf, `form to ${form.action} on ${page.path}`).toBe(visitor.csrfToken());
        }
      }
    };

    const anonymous = new Visitor(portal);
    const mailUser = await invited(portal);
    await check(anonymous, ['/', '/login', '/password-reset', mailUser.path]);

    // 1-② (after 本人確認) and, for a TOTP user, 1-③.
    for (const secondFactor of ['MailOTP', 'TOTP']) {
      const registering = new Visitor(portal);
      const user = await invited(portal, { secondFactor });
      await registering.get(user.path);
      await registering.post(user.path, { email: user.email, ...IDENTITY });
      await check(registering, ['/register/password']);
      await registering.post('/register/password', { password: PASSWORD, passwordConfirmation: PASSWORD });
      await check(registering, ['/register/done', '/register/totp']);
    }

    // 2-③ (half-login) and every page after login (header ログアウト form).
    const user = await createUser(portal, { role: 'ポータル管理者' });
    const member = new Visitor(portal);
    await member.get('/login');
    await member.post('/login', { userId: user.email, password: PASSWORD });
    await check(member, ['/login/otp']);
    await member.logIn(user);
    await check(member, ['/menu']);

    expect(checked.length).toBeGreaterThanOrEqual(10);
    expect(checked.some((c) => c.endsWith('→ /logout'))).toBe(true);
    expect(checked.some((c) => c.endsWith('→ /login'))).toBe(true);
  });

  test('every POST route refuses a request without _csrf (403) before it acts', async () => {
    const portal = buildPortal();
    const visitor = new Visitor(portal);
    await visitor.get('/');
    const postRoutes = [
      ...new Set(
        portal.app.routes.filter((r) => r.method === 'POST' && !r.path.startsWith('/__test__')).map((r) => r.path),
      ),
    ];
    expect(postRoutes).toEqual(expect.arrayContaining(['/login', '/login/otp', '/logout', '/register/:token']));
    for (const route of postRoutes) {
      const path = route.replace(/:[^/]+/g, 'x');
      for (const csrf of [false, 'forged'] as const) {
        const response = await visitor.post(path, { userId: 'a@example.test', password: PASSWORD }, { csrf });
        expect.soft(response.status, `${route} with _csrf=${String(csrf)}`).toBe(403);
        expect.soft(await response.text(), route).toContain('不正なリクエストです');
      }
    }
    checksRule('session.csrf', '1-①');
    checksRule('session.csrf', '1-②');
    checksRule('session.csrf', '1-③');
    checksRule('session.csrf', '2-②');
    checksRule('session.csrf', '2-③ MailOTP');
    checksRule('session.csrf', '2-R');
    checksRule('session.csrf', '2-④');
  });

  test("login without _csrf, or with another session's, is 403 and sends no code", async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    const other = new Visitor(portal);
    await visitor.get('/login');
    await other.get('/login');
    for (const csrf of [false, other.csrfToken(), ''] as const) {
      const response = await visitor.post('/login', { userId: user.email, password: PASSWORD }, { csrf });
      expect(response.status).toBe(403);
    }
    expect(portal.mailer.sent.filter((m) => m.to === user.email)).toEqual([]);
    expect((await visitor.get('/login/otp')).headers.get('location')).toBe('/login');
  });

  test('本人確認 and パスワード設定 without _csrf are 403 and leave the one-time URL and password as they were', async () => {
    const portal = buildPortal();
    const user = await invited(portal);
    const url = portal.store.oneTimeUrl(sha256(user.path.split('/').at(-1) ?? ''));
    expect(url?.state).toBe('usable');
    const visitor = new Visitor(portal);
    await visitor.get(user.path);

    expect((await visitor.post(user.path, { email: user.email, ...IDENTITY }, { csrf: false })).status).toBe(403);
    expect(url?.mismatches).toBe(0);
    expect(portal.sessions.get(visitor.sessionId)?.passwordSetting).toBeUndefined();

    expect((await visitor.post(user.path, { email: user.email, ...IDENTITY })).status).toBe(303);
    const forged = await visitor.post(
      '/register/password',
      { password: PASSWORD, passwordConfirmation: PASSWORD },
      { csrf: 'x'.repeat(43) },
    );
    expect(forged.status).toBe(403);
    expect(portal.store.user(user.email)?.passwordHash).toBeUndefined();
    expect(portal.store.user(user.email)?.state).toBe('invited');
    expect(url?.state).toBe('usable');
  });

  test('ログアウト and パスワード再設定 without _csrf are 403 and change nothing', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    await visitor.logIn(user);
    const mailsBefore = portal.mailer.sent.length;

    expect((await visitor.post('/logout', {}, { csrf: false })).status).toBe(403);
    expect((await visitor.get('/menu')).status).toBe(200);

    const reset = await visitor.post('/password-reset', { email: user.email, ...IDENTITY }, { csrf: false });
    expect(reset.status).toBe(403);
    expect(portal.mailer.sent).toHaveLength(mailsBefore);
  });
});
