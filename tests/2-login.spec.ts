import { checksRule } from '../fixtures/rules.js';
import { ANY_TARGET, ANY_TARGET_TAG, expect, test, walkthrough } from '../fixtures/test.js';
import { totpSecretOf } from '../fixtures/people.js';
import { FAILURE_LIMITS, MESSAGES, PORTAL_MAIL, TOTP, VALIDITY_SECONDS } from '../guide/portal-promises.js';
import { FirstAuthPage } from '../pages/first-auth-page.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { scanScreen } from '../support/accessibility.js';
import { startMailOtpLogin, startMailOtpLoginWithCode, startTotpLogin, startTwoStepLogin } from '../support/login.js';
import { otpCodeFrom } from '../support/mail-parsing.js';
import { expectValidFor, nextOtpCode, nextRegistrationUrl, otherCode } from '../support/portal-mail.js';

// These tests are about login: they drive 2-① → 2-③ themselves instead of using the logIn fixture.
test.describe('2. ビジネスポータルのログイン', () => {
  test(
    '2-①〜2-④ MailOTPユーザ: メールで届いたコードでログインしてサービスメニューへ',
    { ...walkthrough('03-ログイン-MailOTP'), tag: ['@smoke', '@guide', ANY_TARGET_TAG] },
    async ({ page, accounts, mailbox, guideStep }) => {
      const person = await accounts.get({ secondFactor: 'MailOTP' });

      const firstAuth = await guideStep('2-①', async ({ act }) => {
        const top = await act('open', () => new LoginTopPage(page).open());
        await expect(top.loginMethodNotice).toBeVisible();
        return act('two-step', () => top.startTwoStepLogin());
      });
      const secondAuth = await guideStep('2-②', ({ act }) =>
        act('login', () => firstAuth.logInWithMailOtp(person.email, person.password)),
      );
      const menu = await guideStep('2-③ MailOTP', async ({ act }) => {
        const code = await act('read-mail', async () => {
          const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL.subjects.otp });
          expect(mail.from).toBe(PORTAL_MAIL.from);
          return otpCodeFrom(mail.text);
        });
        return act('enter-code', () => secondAuth.enterCode(code));
      });
      await guideStep('2-④', async () => {
        await expect(menu.header).toContainText(person.name);
        await expect(menu.portalHomeLink).toBeVisible();
        await expect(menu.logoutButton).toBeVisible();
        // 「ご契約中のサービスから選ぶ」 lists the services of the account's group.
        for (const service of person.services) await expect(menu.serviceLink(service)).toBeVisible();
      });
    },
  );

  test(
    '2-② 誤ったパスワードと未知のIDは同じエラーになり、OTPは送られず、ロックの手前で正しいパスワードが通る',
    ANY_TARGET,
    async ({ page, accounts, mailbox }) => {
      const person = await accounts.get({ secondFactor: 'MailOTP' });
      const firstAuth = await startTwoStepLogin(page);
      await scanScreen(page, '2-②', '第一認証');
      await firstAuth.submit(person.email, `${person.password}x`);
      await expect(firstAuth.errors).toHaveText(MESSAGES.badCredentials);
      await firstAuth.expectCurrent();
      await scanScreen(page, '2-②', '第一認証（エラー）');
      expect(await mailbox.unseenMails(person.email, PORTAL_MAIL.subjects.otp)).toEqual([]);
      await firstAuth.submit(`nobody-${person.email}`, person.password);
      await expect(firstAuth.errors).toHaveText(MESSAGES.badCredentials);
      checksRule('login.credentials.no-enumeration', '2-②');
      // One failure, far below the lockout: the right password still opens 2-③ (and resets the count on a deployment).
      const secondAuth = await firstAuth.logInWithMailOtp(person.email, person.password);
      await secondAuth.enterCode(await nextOtpCode(mailbox, person.email));
    },
  );

  test('2-② 登録前のユーザも誤ったパスワードと同じエラーになる', async ({ page, people }) => {
    const invited = await people.create();
    const firstAuth = await startTwoStepLogin(page);
    await firstAuth.submit(invited.email, invited.password);
    await expect(firstAuth.errors).toHaveText(MESSAGES.badCredentials);
    await firstAuth.expectCurrent();
    checksRule('login.credentials.no-enumeration', '2-②');
  });

  test(
    '2-③ MailOTP: 誤ったコードはエラーで第二認証に留まり、正しいコードは引き続き有効',
    ANY_TARGET,
    async ({ page, accounts, mailbox }) => {
      const person = await accounts.get({ secondFactor: 'MailOTP' });
      const { secondAuth, code } = await startMailOtpLoginWithCode(page, person, mailbox);
      await scanScreen(page, '2-③ MailOTP', '第二認証');
      await secondAuth.submit(otherCode(code));
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
      await scanScreen(page, '2-③ MailOTP', '第二認証（エラー）');
      // The right code still works after one wrong try.
      await secondAuth.expectCurrent();
      const menu = await secondAuth.enterCode(code);
      await expect(menu.header).toContainText(person.name);
      await scanScreen(page, '2-④', 'サービスメニュー');
    },
  );
});

test.describe('2-③ TOTP', () => {
  test(
    '2-①〜2-④ TOTPユーザ: 認証アプリのコードでログインしてサービスメニューへ',
    { ...walkthrough('04-ログイン-TOTP'), tag: ['@guide', ANY_TARGET_TAG] },
    async ({ page, accounts, mailbox, totp, guideStep }) => {
      const person = await accounts.get({ secondFactor: 'TOTP', smartPbxContracts: 1 });
      const firstAuth = await guideStep('2-①', async ({ act }) => {
        const top = await act('open', () => new LoginTopPage(page).open());
        return act('two-step', () => top.startTwoStepLogin());
      });
      const secondAuth = await guideStep('2-②', ({ act }) =>
        act('login', () => firstAuth.logInWithTotp(person.email, person.password)),
      );
      const menu = await guideStep('2-③ TOTP', async ({ act }) => {
        const code = await totp.code(totpSecretOf(person), person.company);
        return act('enter-code', () => secondAuth.enterCode(code));
      });
      await guideStep('2-④', async () => {
        await expect(menu.header).toContainText(person.name);
        await expect(menu.serviceLink('Arcstar Smart PBX')).toBeVisible();
      });
      // A TOTP user gets no code by mail.
      expect(await mailbox.unseenMails(person.email)).toEqual([]);
    },
  );

  test('2-③ TOTP: 使用済みのコード（リプレイ）も誤ったコードも拒否され、次のコードは通る', async ({
    page,
    people,
    portal,
    totp,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const secret = totpSecretOf(person);
    const used = await totp.code(secret, person.company);
    const firstLogin = await startTotpLogin(page, person);
    const menu = await firstLogin.enterCode(used);
    const top = await menu.logout();
    const firstAuth = await top.startTwoStepLogin();

    await guideStep('2-③ TOTP', async () => {
      const secondAuth = await firstAuth.logInWithTotp(person.email, person.password);
      await scanScreen(page, '2-③ TOTP', '第二認証');
      await secondAuth.submit(used);
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
      await secondAuth.submit(await totp.wrongCode(secret, person.company));
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
      // The next step's code, on the company's clock moved on by one step rather than waiting for it.
      await portal.advanceClock(person.company, TOTP.periodSeconds);
      await secondAuth.enterCode(await totp.code(secret, person.company));
      checksRule('login.totp.replay', '2-③ TOTP');
    });
  });
});

test.describe('2-③ MailOTP', () => {
  test('2-③ MailOTP: OTPメールの差出人・件名・6桁のコード・有効期限（10分）', async ({
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
      const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL.subjects.otp });
      expect(mail.from).toBe(PORTAL_MAIL.from);
      expect(mail.to).toEqual([person.email]);
      expect(mail.subject).toBe(PORTAL_MAIL.subjects.otp);
      const code = otpCodeFrom(mail.text);
      expect(code).toMatch(/^[0-9]{6}$/);
      expect(mail.text).toContain(`${VALIDITY_SECONDS.mailOtp / 60}分間有効`);
      expectValidFor(mail.text, sentAt, VALIDITY_SECONDS.mailOtp);
      checksRule('mail.sender', '2-③ MailOTP');
      checksRule('mail.otp.subject', '2-③ MailOTP');
      checksRule('mail.otp.content', '2-③ MailOTP');
      checksRule('mail.encoding', '2-③ MailOTP');
      await secondAuth.enterCode(code);
    });
  });

  test('2-③ MailOTP: ワンタイムパスワードを再送信すると前のコードは無効になる', async ({ page, people, mailbox }) => {
    const person = await people.create({ state: 'active' });
    const secondAuth = await startMailOtpLogin(page, person);
    const first = await nextOtpCode(mailbox, person.email);
    await secondAuth.resendCode();
    const second = await nextOtpCode(mailbox, person.email);

    await secondAuth.submit(first);
    await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
    await secondAuth.enterCode(second);
    checksRule('login.mailotp.resend-voids', '2-③ MailOTP');
  });

  test('2-③ MailOTP: 期限切れのコード（会社の時計で10分後）は拒否され、再送信したコードは通る', async ({
    portal,
    mailbox,
    halfLoggedInMailOtp,
  }) => {
    const { person, secondAuth, code } = await halfLoggedInMailOtp();
    await portal.advanceClock(person.company, VALIDITY_SECONDS.mailOtp + 1);

    await secondAuth.submit(code);
    await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
    checksRule('login.mailotp.validity', '2-③ MailOTP', 'outside');
    await secondAuth.resendCode();
    await secondAuth.enterCode(await nextOtpCode(mailbox, person.email));
  });

  test('2-③ MailOTP: 5回誤ると途中までのログインが終わり第一認証へ戻る', async ({
    page,
    mailbox,
    halfLoggedInMailOtp,
  }) => {
    const { person, secondAuth, code } = await halfLoggedInMailOtp();
    const wrong = otherCode(code);

    for (let attempt = 1; attempt < FAILURE_LIMITS.secondFactor; attempt++) {
      await secondAuth.submit(wrong);
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
    }
    await secondAuth.submit(wrong);
    const firstAuth = await new FirstAuthPage(page).expectCurrent();
    await expect(firstAuth.notice).toHaveText(MESSAGES.tooManyCodes);
    checksRule('login.second-factor.max-failures', '2-③ MailOTP', 'outside');

    // The half-login is gone: 第二認証 is not reachable, the mailed code is worthless; a new login works.
    await page.goto('/login/otp');
    await firstAuth.expectCurrent();
    const again = await firstAuth.logInWithMailOtp(person.email, person.password);
    await again.enterCode(await nextOtpCode(mailbox, person.email));
  });
});

test.describe('2-② ロックと2-R', () => {
  test('2-② 5回パスワードを誤るとロックされ、正しいパスワードでも入れず、パスワード再設定で解除される', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({ state: 'active' });
    const firstAuth = await startTwoStepLogin(page);
    for (let attempt = 1; attempt <= FAILURE_LIMITS.login; attempt++) {
      await firstAuth.submit(person.email, `${person.password}x`);
      await expect(firstAuth.errors).toHaveText(MESSAGES.badCredentials);
    }
    await firstAuth.submit(person.email, person.password);
    await expect(firstAuth.errors).toHaveText(MESSAGES.locked);
    expect(await mailbox.unseenMails(person.email, PORTAL_MAIL.subjects.otp)).toEqual([]);
    checksRule('login.lockout', '2-②', 'outside');

    const newPassword = `New${person.password}`;
    await guideStep('2-R', async () => {
      const top = await new LoginTopPage(page).open();
      const reset = await top.openPasswordReset();
      await reset.requestReset(person);
      const url = await nextRegistrationUrl(mailbox, person.email);
      const identity = await new IdentityCheckPage(page).open(url);
      const passwordPage = await identity.confirmIdentity(person);
      const done = await passwordPage.setPassword(newPassword);
      await done.backToService();
    });

    const again = await startTwoStepLogin(page);
    await again.submit(person.email, person.password);
    await expect(again.errors).toHaveText(MESSAGES.badCredentials); // the old password is gone
    const secondAuth = await again.logInWithMailOtp(person.email, newPassword);
    await secondAuth.enterCode(await nextOtpCode(mailbox, person.email));
    checksRule('reset.unlocks', '2-②');
  });
});

test.describe('セッション', () => {
  test(
    '2-④ ログアウトでセッションが終わり、ログイン後のページは2-①へ送られる',
    ANY_TARGET,
    async ({ page, accounts, logIn }) => {
      const person = await accounts.get();
      const menu = await logIn(page, person);
      const top = await menu.logout();
      await expect(top.notice).toHaveText(MESSAGES.loggedOut);

      await page.goto('/menu');
      await new LoginTopPage(page).expectCurrent();
      checksRule('session.logout', '2-④');
    },
  );

  test(
    '2-① セッションなしで求めたログイン後のページは2-①へ、ログイン後はそのページへ戻る',
    ANY_TARGET,
    async ({ page, accounts, totp }) => {
      const person = await accounts.get({ secondFactor: 'TOTP', smartPbxContracts: 1 });
      const wanted = '/menu?service=Arcstar%20Smart%20PBX';
      await page.goto(wanted);
      const top = await new LoginTopPage(page).expectCurrent();
      const firstAuth = await top.startTwoStepLogin();
      const secondAuth = await firstAuth.logInWithTotp(person.email, person.password);
      await secondAuth.enterCode(await totp.code(totpSecretOf(person), person.company));
      await expect(page).toHaveURL(new URL(wanted, page.url()).href);
      checksRule('session.return-to', '3-①');
    },
  );

  test('2-① ログイン中にトップのURLを開くとサービスメニューになる', ANY_TARGET, async ({ page, accounts, logIn }) => {
    const person = await accounts.get();
    const menu = await logIn(page, person);
    await page.goto('/');
    await menu.expectCurrent();
    await expect(page).toHaveURL(/\/menu$/);
    checksRule('login.top.logged-in', '2-①');
    await page.goto('/login');
    await menu.expectCurrent();
    await expect(page).toHaveURL(/\/menu$/);
    checksRule('login.top.logged-in', '2-②');
  });

  test('2-④ 会社の時計で30分操作がないとメッセージとともにセッションが終わる', async ({
    page,
    people,
    portal,
    logIn,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const menu = await logIn(page, person);
    await portal.advanceClock(person.company, VALIDITY_SECONDS.sessionIdle - 5);
    await menu.open(); // still logged in 5 s before the limit; this visit restarts the idle time
    checksRule('session.idle-timeout', '2-④', 'inside');

    await portal.advanceClock(person.company, VALIDITY_SECONDS.sessionIdle + 1);
    await page.goto('/menu');
    const top = await new LoginTopPage(page).expectCurrent();
    await expect(top.notice).toHaveText(MESSAGES.idleLoggedOut);
    checksRule('session.idle-timeout', '2-④', 'outside');
  });
});
