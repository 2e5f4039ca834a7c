import { expect, test } from '@playwright/test';
import { checksRule } from '../../fixtures/rules.js';
import { otpCodeFrom } from '../../support/mail-parsing.js';
import { buildPortal, createUser, PASSWORD, Visitor } from './portal-harness.js';

const MAIL_FAILED = 'メールの送信に失敗しました。時間をおいて再送信してください。';

test.describe('2-③ MailOTP when the OTP mail cannot be sent (in-process)', () => {
  test('the screen says so, no code is usable, and a resend once SMTP is back lets the user in', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    await visitor.get('/login');

    portal.mailer.failing = true;
    const first = await visitor.post('/login', { userId: user.email, password: PASSWORD });
    expect(first.headers.get('location')).toBe('/login/otp');
    const secondAuth = await visitor.open('/login/otp');
    expect(secondAuth.html).toContain(MAIL_FAILED);
    expect(secondAuth.html).toContain('ワンタイムパスワードを再送信');
    expect(portal.mailer.sent.filter((m) => m.to === user.email)).toHaveLength(0);
    // No half-created state: with no mail sent there is no code to guess.
    const guess = await visitor.post('/login/otp', { code: '000000' });
    expect(guess.status).toBe(401);

    // Resending while SMTP still refuses says so again.
    const csrf = encodeURIComponent(visitor.csrfToken());
    const stillFailing = await visitor.open(`/login/otp/resend?_csrf=${csrf}`);
    expect(stillFailing.html).toContain(MAIL_FAILED);

    portal.mailer.failing = false;
    const resent = await visitor.open(`/login/otp/resend?_csrf=${csrf}`);
    expect(resent.html).toContain('ワンタイムパスワードを再送信しました。');
    const code = otpCodeFrom(portal.mailer.last(user.email).text);
    const done = await visitor.post('/login/otp', { code });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/menu');
    checksRule('login.mailotp.send-failure', '2-③ MailOTP');
  });

  test('a resend link without the session CSRF token sends nothing', async () => {
    const portal = buildPortal();
    const user = await createUser(portal);
    const visitor = new Visitor(portal);
    await visitor.get('/login');
    await visitor.post('/login', { userId: user.email, password: PASSWORD });
    const before = portal.mailer.sent.length;
    await visitor.open('/login/otp/resend?_csrf=forged');
    await visitor.open('/login/otp/resend');
    expect(portal.mailer.sent).toHaveLength(before);
  });
});
