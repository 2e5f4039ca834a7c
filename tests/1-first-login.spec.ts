import { checksRule } from '../fixtures/rules.js';
import { expect, test, walkthrough } from '../fixtures/test.js';
import { registrationUrlOf } from '../fixtures/people.js';
import {
  FAILURE_LIMITS,
  HELP_URL,
  MESSAGES,
  PORTAL_MAIL,
  REGISTRATION_MAIL_LINES,
  TOTP,
  VALIDITY_SECONDS,
} from '../guide/portal-promises.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { TotpSetupPage } from '../pages/totp-setup-page.js';
import { registrationUrlFrom } from '../support/mail-parsing.js';
import { parseOtpauthUri } from '../support/otpauth-uri.js';
import { decodeQrPng } from '../support/qr.js';
import { scanScreen } from '../support/accessibility.js';
import { expectValidFor, nextRegistrationUrl } from '../support/portal-mail.js';

test.describe('1. ビジネスポータルの初回ログイン', () => {
  test(
    '1-0〜1-② MailOTPユーザ: 開通案内メール → 本人確認 → パスワード設定 → 完了',
    { ...walkthrough('01-初回ログイン-MailOTP'), tag: ['@smoke', '@guide'] },
    async ({ page, people, mailbox, guideStep }) => {
      const person = await people.create({ secondFactor: 'MailOTP' });

      const url = await guideStep('1-0', ({ act }) =>
        act('read-mail', async () => {
          const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL.subjects.registration });
          expect(mail.from).toBe(PORTAL_MAIL.from);
          expect(mail.replyTo).toEqual([PORTAL_MAIL.from]);
          return registrationUrlFrom(mail.text);
        }),
      );
      expect(url).toBe(person.registrationUrl);

      const passwordPage = await guideStep('1-①', async ({ act }) => {
        const identity = await act('open-url', () => new IdentityCheckPage(page).open(url));
        return act('confirm', () => identity.confirmIdentity(person));
      });
      const done = await guideStep('1-②', ({ act }) =>
        act('set-password', () => passwordPage.setPassword(person.password)),
      );
      await guideStep('1-② done', async ({ act }) => {
        await expect(done.totpSetupButton).toBeHidden();
        checksRule('registration.done.next', '1-② done'); // MailOTP user: サービスに戻る, no TOTP設定
        await act('back-to-service', () => done.backToService());
      });
    },
  );
});

test.describe('1. 初回ログイン: 開通案内メールと本人確認・パスワード設定のルール', () => {
  test('1-0 開通案内メール: 差出人・Reply-To・件名・ガイドの順の本文・[A]、有効期限は作成から72時間', async ({
    people,
    portal,
    mailbox,
    config,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const createdAt = await portal.now(person.company);

    await guideStep('1-0', async () => {
      const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL.subjects.registration });
      expect(mail.from).toBe(PORTAL_MAIL.from);
      expect(mail.replyTo).toEqual([PORTAL_MAIL.from]);
      expect(mail.to).toEqual([person.email]);
      expect(mail.subject).toBe(PORTAL_MAIL.subjects.registration);

      const url = registrationUrlFrom(mail.text);
      expect(url).toBe(person.registrationUrl);
      // [A] on its own line; its token carries at least 128 bits (22 base64url characters).
      expect(mail.text.split(/\r?\n/).map((line) => line.trim())).toContain(url);
      expect(url).toMatch(new RegExp(`^${escapeRegExp(config.portalUrl)}/register/[A-Za-z0-9_-]{22,}$`));

      expectInOrder(mail.text, [
        REGISTRATION_MAIL_LINES.automatic,
        REGISTRATION_MAIL_LINES.registered,
        REGISTRATION_MAIL_LINES.urlLabel,
        url,
        '有効期限: ',
        REGISTRATION_MAIL_LINES.passwordReset,
        REGISTRATION_MAIL_LINES.loginScreen,
        `${config.portalUrl}/\n`,
        HELP_URL,
        REGISTRATION_MAIL_LINES.sendOnly,
      ]);
      expectValidFor(mail.text, createdAt, VALIDITY_SECONDS.registrationUrl);
      checksRule('registration.mail.on-invite', '1-0');
      checksRule('mail.sender', '1-0');
      checksRule('mail.registration.subject', '1-0');
      checksRule('mail.registration.content-order', '1-0');
      checksRule('mail.encoding', '1-0');
    });
  });

  test('1-① 本人確認: 形式の誤りはその項目の、不一致はどの項目も示さないメッセージになり、URLは引き続き使える', async ({
    page,
    people,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const identity = await new IdentityCheckPage(page).open(registrationUrlOf(person));
    await scanScreen(page, '1-①', '本人確認');

    await guideStep('1-①', async () => {
      await identity.submit({ ...person, phone: '03-1234-5678' });
      await identity.expectCurrent();
      await expect(identity.errors).toContainText(MESSAGES.phoneFormat);
      await scanScreen(page, '1-①', '本人確認（入力エラー）');
      for (const wrong of [
        { ...person, phone: '0399999999' },
        { ...person, name: '別人　花子' },
        { ...person, email: `other-${person.email}` },
      ]) {
        await identity.submit(wrong);
        await identity.expectCurrent();
        await expect(identity.errors).toHaveText(MESSAGES.identityMismatch);
        for (const field of ['メールアドレス', '氏名', '連絡先電話番号']) {
          await expect(identity.errors).not.toContainText(field);
        }
      }
      await scanScreen(page, '1-①', '本人確認（一致しない）');
      checksRule('registration.identity.no-field-hint', '1-①');
      // Names compare after unifying full- and half-width spaces and trimming.
      await identity.confirmIdentity({ ...person, name: ` ${person.name.replace('\u3000', ' ')} ` });
      checksRule('registration.identity.match', '1-①');
    });
  });

  test('1-① 本人確認: 5回の不一致でURLが無効になる', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const url = registrationUrlOf(person);
    const identity = await new IdentityCheckPage(page).open(url);
    const wrong = { ...person, phone: '0399999999' };
    for (let attempt = 1; attempt < FAILURE_LIMITS.identityCheck; attempt++) {
      await identity.submit(wrong);
      await expect(identity.errors).toHaveText(MESSAGES.identityMismatch);
    }
    await identity.submit(wrong);
    await expect(identity.errors).toHaveText(MESSAGES.invalidUrl);
    await expect(identity.submitButton).toBeHidden();

    // Voided for good: even the right data cannot use it now.
    await identity.open(url);
    await expectUrlRefused(identity);
    checksRule('registration.identity.mismatch-limit', '1-①', 'outside');
  });

  test('1-② パスワード設定: ルール違反と確認の不一致はそれぞれのメッセージ、何も保存されない', async ({
    page,
    browser,
    people,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const identity = await new IdentityCheckPage(page).open(registrationUrlOf(person));
    const passwordPage = await identity.confirmIdentity(person);
    const longest = `Aa1${'x'.repeat(29)}`; // 32 characters: the longest allowed
    await scanScreen(page, '1-②', 'パスワード設定');

    await guideStep('1-②', async () => {
      const cases: [password: string, confirmation: string, message: string][] = [
        ['Ab1cd', 'Ab1cd', MESSAGES.password.length],
        [`${longest}y`, `${longest}y`, MESSAGES.password.length],
        ['Abcdefg', 'Abcdefg', MESSAGES.password.digit],
        ['abcdef1', 'abcdef1', MESSAGES.password.upperCase],
        ['ABCDEF1', 'ABCDEF1', MESSAGES.password.lowerCase],
        ['Valid1Pass', 'Valid1Pasx', MESSAGES.password.mismatch],
      ];
      for (const [password, confirmation, message] of cases) {
        await passwordPage.submit(password, confirmation);
        await passwordPage.expectCurrent();
        await expect(passwordPage.errors).toHaveText(message);
      }
      await expect(passwordPage.errors).toHaveText(/一致しません/);
      checksRule('registration.password.confirmation', '1-②');
      await scanScreen(page, '1-②', 'パスワード設定（入力エラー）');
    });

    // Nothing was saved: the user is still not active, not even with the mismatched (otherwise valid) password.
    const elsewhere = await browser.newContext();
    try {
      const top = await new LoginTopPage(await elsewhere.newPage()).open();
      const firstAuth = await top.startTwoStepLogin();
      await firstAuth.submit(person.email, 'Valid1Pass');
      await expect(firstAuth.errors).toHaveText(MESSAGES.badCredentials);
    } finally {
      await elsewhere.close();
    }
    checksRule('registration.password.policy', '1-②', 'outside'); // 5 and 33 characters refused, nothing saved

    const done = await passwordPage.setPassword(longest);
    await scanScreen(page, '1-② done', 'パスワード設定完了');
    await done.backToService();
    checksRule('registration.password.policy', '1-②', 'inside'); // 32 characters saved
    await scanScreen(page, '2-①', 'ログイントップ');
  });

  test('1-① 期限切れの[A]（会社の時計で72時間後）は拒否され、パスワード再設定への道が示される', async ({
    page,
    people,
    portal,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const url = registrationUrlOf(person);
    const identity = new IdentityCheckPage(page);

    await portal.advanceClock(person.company, VALIDITY_SECONDS.registrationUrl - 5);
    await identity.open(url);
    await expect(identity.submitButton).toBeVisible(); // 5 s before the end it still works
    checksRule('registration.url.validity', '1-①', 'inside');

    await portal.advanceClock(person.company, 6);
    await identity.open(url);
    await expectUrlRefused(identity);
    checksRule('registration.url.validity', '1-①', 'outside');
  });

  test('1-① 使用済みの[A]は拒否される', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const url = registrationUrlOf(person);
    const identity = await new IdentityCheckPage(page).open(url);
    const passwordPage = await identity.confirmIdentity(person);
    await passwordPage.setPassword(person.password);

    await identity.open(url);
    await expect(identity.errors).toHaveText(MESSAGES.invalidUrl);
    await expect(identity.submitButton).toBeHidden();
    await expect(identity.passwordResetLink).toBeVisible();
    checksRule('registration.url.single-use', '1-①');
    await scanScreen(page, '1-①', '無効なURL');
  });
});

test.describe('1-③ TOTP設定', () => {
  test(
    '1-①〜1-③ TOTPユーザ: 本人確認 → パスワード設定 → QRコードでTOTP初期設定 → アプリのコードでログイン',
    walkthrough('02-初回ログイン-TOTP'),
    async ({ page, people, mailbox, portal, totp, guideStep }) => {
      const person = await people.create({ secondFactor: 'TOTP' });

      const url = await guideStep('1-0', ({ act }) =>
        act('read-mail', () => nextRegistrationUrl(mailbox, person.email)),
      );
      const passwordPage = await guideStep('1-①', async ({ act }) => {
        const identity = await act('open-url', () => new IdentityCheckPage(page).open(url));
        return act('confirm', () => identity.confirmIdentity(person));
      });
      const done = await guideStep('1-②', ({ act }) =>
        act('set-password', () => passwordPage.setPassword(person.password)),
      );
      const setup = await guideStep('1-② done', async ({ act }) => {
        await expect(done.backToServiceButton).toBeHidden();
        checksRule('registration.done.next', '1-② done'); // TOTP user: TOTP設定, not サービスに戻る
        return act('totp-setup', () => done.startTotpSetup());
      });

      const { secret, setupCode } = await guideStep('1-③', async ({ act }) => {
        const { uri, secret } = await act(
          'scan',
          async () => ({ uri: decodeQrPng(await setup.qrCodePng()), secret: await setup.secret() }),
          { target: setup.qrImage },
        );
        const qr = parseOtpauthUri(uri);
        expect(qr).toEqual({
          type: 'totp',
          labelIssuer: TOTP.issuer,
          account: person.email,
          secret,
          issuer: TOTP.issuer,
          algorithm: TOTP.algorithm,
          digits: TOTP.digits,
          period: TOTP.periodSeconds,
        });
        expect(secret).toMatch(/^[A-Z2-7]{26,}=*$/); // Base32, at least 128 bits

        const setupCode = await totp.code(secret, person.company);
        const finished = await act('register', () => setup.register(setupCode));
        await act('to-login', () => finished.goToLogin());
        return { secret, setupCode };
      });

      // After the documented path (the video ends before it): the app now logs the user in, and the code used at
      // the setup is spent (no replay).
      const top = await new LoginTopPage(page).open();
      const firstAuth = await top.startTwoStepLogin();
      const secondAuth = await firstAuth.logInWithTotp(person.email, person.password);
      await secondAuth.submit(setupCode);
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
      checksRule('login.totp.replay', '1-③');
      // The next step's code, on the company's clock moved on by one step rather than waiting for it.
      await portal.advanceClock(person.company, TOTP.periodSeconds);
      const menu = await secondAuth.enterCode(await totp.code(secret, person.company));
      await expect(menu.header).toContainText(person.name);
    },
  );

  test('1-③ 誤った認証コードはエラーになり、同じシークレット（QRコードと文字列）でやり直せる', async ({
    page,
    people,
    mailbox,
    totp,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP' });
    const identity = await new IdentityCheckPage(page).open(await nextRegistrationUrl(mailbox, person.email));
    const passwordPage = await identity.confirmIdentity(person);
    const done = await passwordPage.setPassword(person.password);
    await scanScreen(page, '1-② done', 'パスワード設定完了（TOTP）');
    const setup = await done.startTotpSetup();
    await scanScreen(page, '1-③', 'TOTP初期設定');

    await guideStep('1-③', async () => {
      const uri = decodeQrPng(await setup.qrCodePng());
      const secret = await setup.secret();
      await setup.submit(await totp.wrongCode(secret, person.company));
      await setup.expectCurrent();
      await expect(setup.errors).toHaveText(MESSAGES.totpSetupWrongCode);
      await expect(setup.secretText).toHaveText(secret);
      expect(decodeQrPng(await setup.qrCodePng())).toBe(uri);
      checksRule('registration.totp.same-secret', '1-③');
      await scanScreen(page, '1-③', 'TOTP初期設定（エラー）');
      await setup.register(await totp.code(secret, person.company));
    });
    await scanScreen(page, '1-③', 'TOTP設定完了');
  });

  test('1-③ TOTP初期設定はTOTPユーザのパスワード設定の直後にしか開けない', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const identity = await new IdentityCheckPage(page).open(registrationUrlOf(person));
    const passwordPage = await identity.confirmIdentity(person);
    const done = await passwordPage.setPassword(person.password);
    await done.backToService();
    await page.goto('/register/totp');
    const setup = new TotpSetupPage(page);
    await expect(setup.errors).toHaveText(MESSAGES.totpSetupNotFound);
    await expect(setup.qrImage).toBeHidden();
    await expect(setup.registerButton).toBeHidden();
  });
});

/** 1-① refusing [A]: the message, no form, and the way to パスワード再設定. */
async function expectUrlRefused(identity: IdentityCheckPage): Promise<void> {
  await expect(identity.errors).toHaveText(MESSAGES.invalidUrl);
  await expect(identity.submitButton).toBeHidden();
  await expect(identity.passwordResetLink).toBeVisible();
}

/** Each part occurs in the text, after the one before it. */
function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `「${part}」 after position ${from} of the mail`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
