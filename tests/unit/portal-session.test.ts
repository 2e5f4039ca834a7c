import { expect, test } from '@playwright/test';
import { checksRule } from '../../fixtures/rules.js';
import { otpCodeFrom, registrationUrlFrom } from '../../support/mail-parsing.js';
import { policy } from '../../mock-portal/policy.js';
import { IDLE_LOGOUT_NOTICE } from '../../mock-portal/security/middleware.js';
import { advanceClock, buildPortal, crawl, createUser, PASSWORD, Visitor } from './portal-harness.js';

const SMART_PBX_MENU = `/menu?service=${encodeURIComponent('Arcstar Smart PBX')}`;

test.describe('portal sessions (in-process, no browser)', () => {
  test('the session cookie is HttpOnly, SameSite=Lax and site-wide, before and after login', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    await visitor.get('/');
    await visitor.logIn(user);
    const sessionCookies = visitor.setCookies.filter((c) => c.startsWith('bp_session='));
    expect(sessionCookies.length).toBeGreaterThanOrEqual(3);
    for (const cookie of sessionCookies) {
      const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
      expect(attributes).toContain('httponly');
      expect(attributes).toContain('samesite=lax');
      expect(attributes).toContain('path=/');
    }
  });

  test('each authentication step gives a new session id; ids from before login reach nothing', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    await visitor.get('/login');
    const anonymousId = visitor.sessionId;
    await visitor.post('/login', { userId: user.email, password: PASSWORD });
    const halfLoggedInId = visitor.sessionId;
    expect(halfLoggedInId).not.toBe(anonymousId);
    await visitor.post('/login/otp', { code: otpCodeFrom(portal.mailer.last(user.email).text) });
    expect(visitor.sessionId).not.toBe(halfLoggedInId);
    expect((await visitor.get('/menu')).status).toBe(200);

    // A fixated (pre-login) or half-login id is worth nothing afterwards.
    for (const oldId of [anonymousId, halfLoggedInId]) {
      expect(portal.sessions.get(oldId)).toBeUndefined();
      const attacker = new Visitor(portal);
      attacker.sessionId = oldId;
      const response = await attacker.get('/menu');
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/');
    }
    checksRule('session.rotate', '2-②');
    checksRule('session.rotate', '2-③ MailOTP');
  });

  test('ログアウト ends the session: the old cookie no longer reaches サービスメニュー', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    await visitor.logIn(user);
    const loggedInId = visitor.sessionId;
    const logout = await visitor.post('/logout', {});
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe('/');
    expect(visitor.sessionId).not.toBe(loggedInId);
    expect(portal.sessions.get(loggedInId)).toBeUndefined();

    const replay = new Visitor(portal);
    replay.sessionId = loggedInId;
    expect((await replay.get('/menu')).headers.get('location')).toBe('/');
    expect((await visitor.get('/menu')).headers.get('location')).toBe('/');
    expect((await visitor.open('/')).html).toContain('ログアウトしました。');
    checksRule('session.rotate', '2-④');
  });

  test('30 minutes idle (company clock) ends the session: back to 2-① with the message', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const neighbour = await createUser(portal);
    const visitor = new Visitor(portal);
    const bystander = new Visitor(portal);
    await visitor.logIn(user);
    await bystander.logIn(neighbour);

    // Activity resets the idle time: just under the limit, twice, is still logged in.
    await advanceClock(portal, user.company, policy.sessionIdleSeconds - 60);
    expect((await visitor.get('/menu')).status).toBe(200);
    await advanceClock(portal, user.company, policy.sessionIdleSeconds - 60);
    expect((await visitor.get('/menu')).status).toBe(200);

    await advanceClock(portal, user.company, policy.sessionIdleSeconds + 1);
    const landed = await visitor.open('/menu');
    expect(landed.path).toBe('/');
    expect(landed.html).toContain(IDLE_LOGOUT_NOTICE);
    expect(landed.html).toContain('2段階認証でログイン');
    // Logged out for good, and the message is shown once.
    expect((await visitor.get('/menu')).headers.get('location')).toBe('/');
    expect((await visitor.open('/')).html).not.toContain(IDLE_LOGOUT_NOTICE);

    // Another company's clock never moved: its user is still logged in.
    expect((await bystander.get('/menu')).status).toBe(200);
  });

  test('a page after login asked for without a session goes to 2-①, and login returns to it', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    const asked = await visitor.get(SMART_PBX_MENU);
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/');
    expect(await visitor.logIn(user)).toBe(SMART_PBX_MENU);
  });

  test('every page after login (found by following links) sends a visitor without a session to 2-①', async () => {
    const portal = buildPortal();
    const user = await createUser(portal, {
      role: 'ポータル管理者',
      contracts: [
        { number: 'N123456789', memo: '営業部', service: 'Arcstar Smart PBX' },
        { number: 'N223456789', memo: '', service: 'Arcstar IP Voice' },
      ],
    });
    const member = new Visitor(portal);
    await member.logIn(user);
    const pagesAfterLogin = (await crawl(member, ['/menu']))
      .filter((page) => page.status === 200 && page.html.includes('ログアウト'))
      .map((page) => page.path);
    expect(pagesAfterLogin.length).toBeGreaterThanOrEqual(5);

    for (const path of pagesAfterLogin) {
      const stranger = new Visitor(portal);
      const response = await stranger.get(path);
      expect.soft(response.status, path).toBe(303);
      expect.soft(response.headers.get('location'), path).toBe('/');
      expect.soft(await response.text(), path).not.toContain('ログアウト');
    }
    checksRule('permissions.login-required', '2-④');
    checksRule('permissions.login-required', '3-①');
    checksRule('permissions.login-required', '3-②');
    checksRule('permissions.login-required', '3-③');
    checksRule('permissions.login-required', '4');
  });

  test('a password set through パスワード再設定 ends the sessions that logged in with the old one', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const stolen = new Visitor(portal);
    expect(await stolen.logIn(user)).toBe('/menu');
    const halfway = new Visitor(portal);
    await halfway.get('/login');
    await halfway.post('/login', { userId: user.email, password: PASSWORD });

    const owner = new Visitor(portal);
    await owner.get('/password-reset');
    await owner.post('/password-reset', { email: user.email, name: '山田　太郎', phone: '0312345678' });
    const url = new URL(registrationUrlFrom(portal.mailer.last(user.email).text)).pathname;
    await owner.get(url);
    await owner.post(url, { email: user.email, name: '山田　太郎', phone: '0312345678' });
    const saved = await owner.post('/register/password', {
      password: 'N3wPassword',
      passwordConfirmation: 'N3wPassword',
    });
    expect(saved.headers.get('location')).toBe('/register/done');

    expect((await stolen.get('/menu')).headers.get('location')).toBe('/');
    expect((await halfway.get('/login/otp')).headers.get('location')).toBe('/login');
    checksRule('registration.password.ends-sessions', '1-②');
  });
});

test.describe('security headers (in-process)', () => {
  test('every page before and after login carries nosniff, DENY and same-origin', async () => {
    const portal = buildPortal();
    const user = await createUser(portal, {
      contracts: [{ number: 'N123456789', memo: '営業部', service: 'Arcstar Smart PBX' }],
    });
    const visitor = new Visitor(portal);
    const paths = ['/', '/login'];
    const responses: [string, Response][] = [];
    for (const path of paths) responses.push([path, await visitor.get(path)]);
    await visitor.post('/login', { userId: user.email, password: PASSWORD });
    responses.push(['/login/otp', await visitor.get('/login/otp')]);
    await visitor.post('/login/otp', { code: otpCodeFrom(portal.mailer.last(user.email).text) });
    for (const path of [
      '/menu',
      SMART_PBX_MENU,
      '/smart-pbx/settings',
      '/smart-pbx/settings/N123456789',
      '/contracts?service=Arcstar%20Smart%20PBX',
    ]) {
      responses.push([path, await visitor.get(path)]);
    }
    for (const [path, response] of responses) {
      expect.soft(response.status, path).toBe(200);
      expect.soft(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect.soft(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect.soft(response.headers.get('referrer-policy'), path).toBe('same-origin');
    }
    expect(test.info().errors).toEqual([]);
    for (const screen of ['2-①', '2-②', '2-③ MailOTP', '2-④', '3-①', '3-②', '3-③', '4'] as const) {
      checksRule('security.headers', screen);
    }
  });
});
