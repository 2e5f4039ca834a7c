import { expect, test } from '@playwright/test';
import { checksRule } from '../../fixtures/rules.js';
import { registrationUrlFrom } from '../../support/mail-parsing.js';
import { totpCodeForStep, totpStepAt } from '../../fixtures/totp.js';
import type { OutgoingMail } from '../../mock-portal/mail/mailer.js';
import { buildPortal, createUser, pathOf, PASSWORD, type Portal, Visitor } from './portal-harness.js';

const IDENTITY = { name: '山田　太郎', phone: '0312345678' };

/** Records every mail the portal tries to send, including those the (fake) SMTP server refuses. */
function recordAttempts(portal: Portal): OutgoingMail[] {
  const attempted: OutgoingMail[] = [];
  const send = portal.mailer.send.bind(portal.mailer);
  portal.mailer.send = (mail) => {
    attempted.push(mail);
    return send(mail);
  };
  return attempted;
}

test.describe('2-R パスワード再設定 (in-process)', () => {
  test('SMTP failure: the same answer as ever, the earlier URL still works, and no new URL exists', async () => {
    const portal = buildPortal();
    const user = await createUser(portal, { state: 'invited', password: undefined });
    const earlier = pathOf(user.registrationUrl ?? '');
    const attempted = recordAttempts(portal);
    const visitor = new Visitor(portal);
    await visitor.get('/password-reset');

    portal.mailer.failing = true;
    const failed = await visitor.post('/password-reset', { email: user.email, ...IDENTITY });
    const unknown = await visitor.post('/password-reset', { email: `nobody-${user.email}`, ...IDENTITY });
    expect([failed.status, failed.headers.get('location')]).toEqual([303, '/password-reset/accepted']);
    expect([unknown.status, unknown.headers.get('location')]).toEqual([303, '/password-reset/accepted']);
    expect(attempted).toHaveLength(1); // only the matching entry tried to send

    const refusedUrl = pathOf(registrationUrlFrom(attempted[0]?.text ?? ''));
    expect((await visitor.open(refusedUrl)).response.status).toBe(410);
    const stillValid = await visitor.open(earlier);
    expect(stillValid.response.status).toBe(200);
    expect(stillValid.html).toContain('パスワード設定へ');

    // Once SMTP works again, the new mail's URL is the only one.
    portal.mailer.failing = false;
    await visitor.post('/password-reset', { email: user.email, ...IDENTITY });
    const fresh = pathOf(registrationUrlFrom(portal.mailer.last(user.email).text));
    expect((await visitor.open(fresh)).response.status).toBe(200);
    expect((await visitor.open(earlier)).response.status).toBe(410);
  });

  test('a malformed form is 400 with its messages and sends nothing', async () => {
    const portal = buildPortal();
    const attempted = recordAttempts(portal);
    const visitor = new Visitor(portal);
    await visitor.get('/password-reset');
    const response = await visitor.post('/password-reset', { email: '', name: '', phone: '03-1234' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('メールアドレスを入力してください。');
    expect(html).toContain('連絡先電話番号はハイフンなしの半角数字で入力してください。');
    expect(attempted).toEqual([]);
  });
});

test.describe('1-③ TOTP初期設定 (in-process)', () => {
  /** A TOTP user who has just saved the first password: the visitor's session holds the TOTP setup. */
  async function atTotpSetup() {
    const portal = buildPortal();
    const user = await createUser(portal, { state: 'invited', password: undefined, secondFactor: 'TOTP' });
    const visitor = new Visitor(portal);
    const url = pathOf(user.registrationUrl ?? '');
    await visitor.get(url);
    expect((await visitor.post(url, { email: user.email, ...IDENTITY })).status).toBe(303);
    const saved = await visitor.post('/register/password', { password: PASSWORD, passwordConfirmation: PASSWORD });
    expect(saved.headers.get('location')).toBe('/register/done');
    return { portal, user, visitor };
  }

  const secretIn = (html: string) => /<code>([A-Z2-7]+=*)<\/code>/.exec(html)?.[1];

  test('without a setup, GET and POST answer 400 with the way to パスワード再設定 and change nothing', async () => {
    const portal = buildPortal();
    const user = await createUser(portal, { secondFactor: 'TOTP' });
    const secretBefore = portal.store.user(user.email)?.totpSecret;
    const visitor = new Visitor(portal);
    const page = await visitor.open('/register/totp');
    expect(page.response.status).toBe(400);
    expect(page.html).toContain('TOTP設定の手続きが見つかりません。');
    expect(page.html).toContain('href="/password-reset"');
    expect((await visitor.post('/register/totp', { code: '123456' })).status).toBe(400);
    expect(portal.store.user(user.email)?.totpSecret).toBe(secretBefore);
  });

  test('one secret per setup: wrong and malformed codes keep it; full-width digits work; that step is spent', async () => {
    const { portal, user, visitor } = await atTotpSetup();
    const first = await visitor.open('/register/totp');
    expect(first.response.status).toBe(200);
    expect(first.html).toContain('alt="QRコード"');
    expect(first.html).toContain('src="data:image/png;base64,');
    const secret = secretIn(first.html) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{26,}/);
    expect(secretIn((await visitor.open('/register/totp')).html)).toBe(secret); // a reload keeps it

    for (const code of ['12345', 'abcdef', '']) {
      const response = await visitor.post('/register/totp', { code });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain('認証コードは6桁の数字で入力してください。');
      expect(secretIn(html)).toBe(secret);
    }
    const step = totpStepAt(portal.clock.now(user.company).getTime());
    const wrongCode = String((Number(await totpCodeForStep(secret, step)) + 500_000) % 1_000_000).padStart(6, '0');
    const wrong = await visitor.post('/register/totp', { code: wrongCode });
    expect(wrong.status).toBe(400);
    expect(secretIn(await wrong.text())).toBe(secret);
    expect(portal.store.user(user.email)?.totpSecret).toBeUndefined();

    const code = await totpCodeForStep(secret, step);
    const fullWidth = code.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const done = await visitor.post('/register/totp', { code: fullWidth });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/register/totp/done']);
    const stored = portal.store.user(user.email);
    expect(stored?.totpSecret).toBe(secret);
    expect(stored?.lastTotpStep).toBe(step);

    // The setup is over, and the code it accepted does not log in (replay).
    expect((await visitor.open('/register/totp')).response.status).toBe(400);
    await visitor.get('/login');
    await visitor.post('/login', { userId: user.email, password: PASSWORD });
    const replay = await visitor.post('/login/otp', { code });
    expect(replay.status).toBe(401);
  });

  test('a TOTP user who left before 1-③ is taken back to it by the next login, not stranded at 第二認証', async () => {
    const { portal, user } = await atTotpSetup();
    const later = new Visitor(portal); // another day, another browser: no setup in its session
    await later.get('/login');
    const wrongPassword = await later.post('/login', { userId: user.email, password: `${PASSWORD}x` });
    expect(wrongPassword.status).toBe(401);
    const login = await later.post('/login', { userId: user.email, password: PASSWORD });
    expect([login.status, login.headers.get('location')]).toEqual([303, '/register/totp']);
    const setup = await later.open('/register/totp');
    expect(setup.response.status).toBe(200);
    expect(secretIn(setup.html)).toMatch(/^[A-Z2-7]{26,}=*$/);
    // Not logged in by this: pages after login still want the second factor first.
    expect((await later.get('/menu')).headers.get('location')).toBe('/');
    checksRule('registration.totp.resume', '2-②');
  });
});
