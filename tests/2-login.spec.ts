import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test.js';
import { expiryFrom, otpCodeFrom, registrationUrlFrom } from '../fixtures/mail-parsing.js';
import { People, type Person } from '../fixtures/people.js';
import { loginWithTotp, totpSecretOf } from '../fixtures/totp-login.js';
import { policy } from '../mock-portal/policy.js';
import { FirstAuthPage } from '../pages/first-auth-page.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import type { MailOtpPage } from '../pages/mail-otp-page.js';
import { nextOtpCode, nextRegistrationUrl, PORTAL_MAIL_SUBJECTS } from '../fixtures/portal-mail.js';

const BAD_CREDENTIALS_MESSAGE = 'ユーザIDまたはパスワードが正しくありません。';
const LOCKED_MESSAGE = 'アカウントがロックされています。';
const BAD_CODE_MESSAGE = '認証コードが正しくないか、有効期限が切れています。もう一度入力してください。';
const TOO_MANY_CODES_MESSAGE = '認証に続けて失敗したため、ログインを中断しました。もう一度ログインしてください。';

test.describe('2. ビジネスポータルのログイン', () => {
  test('new MailOTP user registers from the mail, logs in with the mailed code and reaches サービスメニュー @smoke @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      secondFactor: 'MailOTP',
      contracts: [{ number: 'N123456789', memo: '営業部', service: 'Arcstar Smart PBX' }],
    });
    const registrationMail = await mailbox.waitForMail({ to: person.email });
    const identity = await new IdentityCheckPage(page).open(registrationUrlFrom(registrationMail.text));
    const done = await (await identity.confirmIdentity(person)).setPassword(person.password);
    await done.backToService();

    const firstAuth = await guideStep('2-①', async () => {
      const top = await new LoginTopPage(page).open();
      await expect(top.loginMethodNotice).toBeVisible();
      return top.startTwoStepLogin();
    });
    const secondAuth = await guideStep('2-②', () => firstAuth.logInWithMailOtp(person.email, person.password));
    const menu = await guideStep('2-③ MailOTP', async () => {
      const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL_SUBJECTS.otp });
      expect(mail.from).toBe('b-portal@ntt.com');
      return secondAuth.enterCode(otpCodeFrom(mail.text));
    });
    await guideStep('2-④', async () => {
      await expect(menu.header).toContainText(person.name);
      await expect(menu.portalHomeLink).toBeVisible();
      await expect(menu.logoutButton).toBeVisible();
      await expect(menu.category('音声・ビデオ・電話')).toBeVisible();
      await expect(menu.serviceLink('Arcstar Smart PBX')).toBeVisible();
    });
  });

  test('a wrong password shows the portal error and no OTP is sent @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    const firstAuth = await (await new LoginTopPage(page).open()).startTwoStepLogin();
    await firstAuth.submit(person.email, `${person.password}x`);
    await expect(firstAuth.errors).toHaveText('ユーザIDまたはパスワードが正しくありません。');
    await firstAuth.expectCurrent();
    expect(await mailbox.unseenMails(person.email, PORTAL_MAIL_SUBJECTS.otp)).toEqual([]);
  });

  test('a wrong one-time password shows the portal error and keeps the user on 第二認証 @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    const firstAuth = await (await new LoginTopPage(page).open()).startTwoStepLogin();
    const secondAuth = await firstAuth.logInWithMailOtp(person.email, person.password);
    const code = await nextOtpCode(mailbox, person.email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await secondAuth.submit(wrong);
    await expect(secondAuth.errors).toHaveText(
      '認証コードが正しくないか、有効期限が切れています。もう一度入力してください。',
    );
    // The right code still works after one wrong try.
    await secondAuth.expectCurrent();
    await secondAuth.enterCode(code);
  });
});

test.describe('2-③ TOTP', () => {
  test('TOTP user logs in with the authenticator app code and reaches サービスメニュー @regression @mock-only', async ({
    page,
    people,
    mailbox,
    totp,
    guideStep,
  }) => {
    const person = await people.create({
      secondFactor: 'TOTP',
      state: 'active',
      contracts: [People.smartPbxContract()],
    });
    const firstAuth = await guideStep('2-①', async () => (await new LoginTopPage(page).open()).startTwoStepLogin());
    const secondAuth = await guideStep('2-②', () => firstAuth.logInWithTotp(person.email, person.password));
    const menu = await guideStep('2-③ TOTP', async () =>
      secondAuth.enterCode(await totp.code(totpSecretOf(person), person.company)),
    );
    await guideStep('2-④', async () => {
      await expect(menu.header).toContainText(person.name);
      await expect(menu.serviceLink('Arcstar Smart PBX')).toBeVisible();
    });
    // A TOTP user gets no code by mail.
    expect(await mailbox.unseenMails(person.email)).toEqual([]);
  });

  test('a TOTP code already used is refused (replay), a wrong one too; the next code works @regression @mock-only', async ({
    page,
    people,
    portal,
    totp,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const secret = totpSecretOf(person);
    const used = await totp.code(secret, person.company);
    const menu = await (
      await (await new LoginTopPage(page).open()).startTwoStepLogin()
    )
      .logInWithTotp(person.email, person.password)
      .then((secondAuth) => secondAuth.enterCode(used));
    const firstAuth = await (await menu.logout()).startTwoStepLogin();

    await guideStep('2-③ TOTP', async () => {
      const secondAuth = await firstAuth.logInWithTotp(person.email, person.password);
      await secondAuth.submit(used);
      await expect(secondAuth.errors).toHaveText(BAD_CODE_MESSAGE);
      await secondAuth.submit(await totp.wrongCode(secret, person.company));
      await expect(secondAuth.errors).toHaveText(BAD_CODE_MESSAGE);
      // The next step's code, on the company's clock moved on by one step rather than waiting for it.
      await portal.advanceClock(person.company, 30);
      await secondAuth.enterCode(await totp.code(secret, person.company));
    });
  });
});

test.describe('2-③ MailOTP', () => {
  test('the OTP mail: From, subject, a 6-digit code and its validity (10 minutes) @regression @mock-only', async ({
    page,
    people,
    portal,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({ state: 'active' });
    const secondAuth = await startMailOtpLogin(page, person);
    const sentAt = await portal.now(person.company);

    await guideStep('2-③ MailOTP', async () => {
      const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL_SUBJECTS.otp });
      expect(mail.from).toBe('b-portal@ntt.com');
      expect(mail.to).toEqual([person.email]);
      expect(mail.subject).toBe(PORTAL_MAIL_SUBJECTS.otp);
      const code = otpCodeFrom(mail.text);
      expect(code).toMatch(/^[0-9]{6}$/);
      // (assumed) 10 minutes from sending, on the company's clock; the mail shows whole seconds.
      expect(mail.text).toContain(`${policy.mailOtpTtlSeconds / 60}分間有効`);
      const drift = expiryFrom(mail.text).getTime() - (sentAt.getTime() + policy.mailOtpTtlSeconds * 1000);
      expect(drift).toBeLessThanOrEqual(1_000);
      expect(drift).toBeGreaterThan(-10_000);
      await secondAuth.enterCode(code);
    });
  });

  test('ワンタイムパスワードを再送信 voids the earlier code @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    const secondAuth = await startMailOtpLogin(page, person);
    const first = await nextOtpCode(mailbox, person.email);
    await secondAuth.resendCode();
    const second = await nextOtpCode(mailbox, person.email);

    await secondAuth.submit(first);
    await expect(secondAuth.errors).toHaveText(BAD_CODE_MESSAGE);
    await secondAuth.enterCode(second);
  });

  test('an expired MailOTP code (past 10 minutes on the company clock) is refused @regression @mock-only', async ({
    page,
    people,
    portal,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    const secondAuth = await startMailOtpLogin(page, person);
    const code = await nextOtpCode(mailbox, person.email);
    await portal.advanceClock(person.company, policy.mailOtpTtlSeconds + 1);

    await secondAuth.submit(code);
    await expect(secondAuth.errors).toHaveText(BAD_CODE_MESSAGE);
    // A fresh code by resend works.
    await secondAuth.resendCode();
    await secondAuth.enterCode(await nextOtpCode(mailbox, person.email));
  });

  test('5 wrong codes end the half-login and send the user back to 第一認証 @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    const secondAuth = await startMailOtpLogin(page, person);
    const code = await nextOtpCode(mailbox, person.email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    for (let attempt = 1; attempt < policy.secondFactorMaxFailures; attempt++) {
      await secondAuth.submit(wrong);
      await expect(secondAuth.errors).toHaveText(BAD_CODE_MESSAGE);
    }
    await secondAuth.submit(wrong);
    const firstAuth = await new FirstAuthPage(page).expectCurrent();
    await expect(firstAuth.notice).toHaveText(TOO_MANY_CODES_MESSAGE);

    // The half-login is gone: 第二認証 is not reachable, the mailed code is worthless; a new login works.
    await page.goto('/login/otp');
    await firstAuth.expectCurrent();
    const again = await firstAuth.logInWithMailOtp(person.email, person.password);
    await again.enterCode(await nextOtpCode(mailbox, person.email));
  });
});

test.describe('2-② lockout and 2-R', () => {
  test('5 wrong passwords lock the account, even against the right password, until パスワード再設定 @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({ state: 'active' });
    const top = await new LoginTopPage(page).open();
    const firstAuth = await top.startTwoStepLogin();
    for (let attempt = 1; attempt <= policy.loginMaxFailures; attempt++) {
      await firstAuth.submit(person.email, `${person.password}x`);
      await expect(firstAuth.errors).toHaveText(BAD_CREDENTIALS_MESSAGE);
    }
    await firstAuth.submit(person.email, person.password);
    await expect(firstAuth.errors).toHaveText(LOCKED_MESSAGE);
    expect(await mailbox.unseenMails(person.email, PORTAL_MAIL_SUBJECTS.otp)).toEqual([]);

    const newPassword = `New${person.password}`;
    await guideStep('2-R', async () => {
      const reset = await (await new LoginTopPage(page).open()).openPasswordReset();
      await reset.requestReset(person);
      const url = await nextRegistrationUrl(mailbox, person.email);
      const done = await (
        await (await new IdentityCheckPage(page).open(url)).confirmIdentity(person)
      ).setPassword(newPassword);
      await done.backToService();
    });

    const again = await (await new LoginTopPage(page).open()).startTwoStepLogin();
    await again.submit(person.email, person.password);
    await expect(again.errors).toHaveText(BAD_CREDENTIALS_MESSAGE); // the old password is gone
    const secondAuth = await again.logInWithMailOtp(person.email, newPassword);
    await secondAuth.enterCode(await nextOtpCode(mailbox, person.email));
  });
});

test.describe('sessions', () => {
  test('ログアウト ends the session: pages after login send the user to 2-① @regression @mock-only', async ({
    page,
    people,
    totp,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const menu = await loginWithTotp(page, totp, person, totpSecretOf(person));
    const top = await menu.logout();
    await expect(top.notice).toHaveText('ログアウトしました。');

    await page.goto('/menu');
    await new LoginTopPage(page).expectCurrent();
  });

  test('a page after login asked for without a session goes to 2-①, and after login back to it @regression @mock-only', async ({
    page,
    people,
    totp,
  }) => {
    const person = await people.create({
      secondFactor: 'TOTP',
      state: 'active',
      contracts: [People.smartPbxContract()],
    });
    const wanted = '/menu?service=Arcstar%20Smart%20PBX';
    await page.goto(wanted);
    const firstAuth = await (await new LoginTopPage(page).expectCurrent()).startTwoStepLogin();
    const secondAuth = await firstAuth.logInWithTotp(person.email, person.password);
    await secondAuth.enterCode(await totp.code(totpSecretOf(person), person.company));
    await expect(page).toHaveURL(new URL(wanted, page.url()).href);
  });

  test('a logged-in user opening the top URL gets サービスメニュー @regression @mock-only', async ({
    page,
    people,
    totp,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const menu = await loginWithTotp(page, totp, person, totpSecretOf(person));
    await page.goto('/');
    await menu.expectCurrent();
    await expect(page).toHaveURL(/\/menu$/);
  });

  test('30 idle minutes on the company clock end the session with a message @regression @mock-only', async ({
    page,
    people,
    portal,
    totp,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const menu = await loginWithTotp(page, totp, person, totpSecretOf(person));
    await portal.advanceClock(person.company, policy.sessionIdleSeconds - 60);
    await menu.open(); // still logged in a minute before the limit; this visit restarts the idle time

    await portal.advanceClock(person.company, policy.sessionIdleSeconds + 1);
    await page.goto('/menu');
    const top = await new LoginTopPage(page).expectCurrent();
    await expect(top.notice).toHaveText('一定時間操作がなかったため、ログアウトしました。再度ログインしてください。');
  });
});

async function startMailOtpLogin(page: Page, person: Person): Promise<MailOtpPage> {
  const firstAuth = await (await new LoginTopPage(page).open()).startTwoStepLogin();
  return firstAuth.logInWithMailOtp(person.email, person.password);
}
