import { expect, test } from '../fixtures/test.js';
import { expiryFrom, registrationUrlFrom } from '../fixtures/mail-parsing.js';
import { parseOtpauthUri } from '../fixtures/otpauth-uri.js';
import type { Person } from '../fixtures/people.js';
import { decodeQrPng } from '../fixtures/qr.js';
import { policy } from '../mock-portal/policy.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { TotpSetupPage } from '../pages/totp-setup-page.js';
import { nextRegistrationUrl, PORTAL_MAIL_SUBJECTS } from '../fixtures/portal-mail.js';

const INVALID_URL_MESSAGE = 'URLの有効期限が切れているか、無効なURLです。';
const IDENTITY_MISMATCH_MESSAGE =
  '入力された内容では本人確認ができませんでした。登録されている情報を正しく入力してください。';
const TOTP_WRONG_CODE_MESSAGE =
  '認証コードが正しくありません。認証アプリに表示されている最新の6桁の認証コードを入力してください。';
const BAD_CODE_MESSAGE = '認証コードが正しくないか、有効期限が切れています。もう一度入力してください。';

test.describe('1. ビジネスポータルの初回ログイン', () => {
  test('MailOTP user: registration mail → 本人確認 → パスワード設定 → 完了 @smoke @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });

    const url = await guideStep('1-0', async () => {
      const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL_SUBJECTS.registration });
      expect(mail.from).toBe('b-portal@ntt.com');
      expect(mail.replyTo).toEqual(['b-portal@ntt.com']);
      return registrationUrlFrom(mail.text);
    });
    expect(url).toBe(person.registrationUrl);

    const passwordPage = await guideStep('1-①', async () => {
      const identity = await new IdentityCheckPage(page).open(url);
      return identity.confirmIdentity(person);
    });
    const done = await guideStep('1-②', () => passwordPage.setPassword(person.password));
    await guideStep('1-② done', async () => {
      await expect(done.totpSetupButton).toBeHidden();
      await done.backToService();
    });
  });
});

test.describe('1. 初回ログイン: 開通案内メールと本人確認・パスワード設定のルール', () => {
  test('開通案内メール: sender, Reply-To, subject, the guide sections in order, [A] and 有効期限 = creation + 72 h @regression @mock-only', async ({
    people,
    portal,
    mailbox,
    config,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const createdAt = await portal.now(person.company);

    await guideStep('1-0', async () => {
      const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL_SUBJECTS.registration });
      expect(mail.from).toBe('b-portal@ntt.com');
      expect(mail.replyTo).toEqual(['b-portal@ntt.com']);
      expect(mail.to).toEqual([person.email]);
      expect(mail.subject).toBe(PORTAL_MAIL_SUBJECTS.registration);

      const url = registrationUrlFrom(mail.text);
      expect(url).toBe(person.registrationUrl);
      // [A] on its own line; its token carries at least 128 bits (22 base64url characters).
      expect(mail.text.split(/\r?\n/).map((line) => line.trim())).toContain(url);
      expect(url).toMatch(new RegExp(`^${escapeRegExp(config.portalUrl)}/register/[A-Za-z0-9_-]{22,}$`));

      expectInOrder(mail.text, [
        'このメールはNTTコミュニケーションズ ビジネスポータルから自動で送信しています。',
        'ビジネスポータルのユーザ登録の完了をお知らせします。',
        'ビジネスポータルパスワード登録URL',
        url,
        '有効期限: ',
        '"パスワード再設定はこちら"',
        'ビジネスポータルログイン画面',
        `${config.portalUrl}/\n`,
        policy.helpUrl,
        '■本メールは送信専用のメールアドレスで送信しております。',
      ]);

      // (assumed) 72 h from creation on the company's clock; the mail shows whole seconds.
      const expected = createdAt.getTime() + policy.registrationUrlTtlSeconds * 1000;
      const drift = expiryFrom(mail.text).getTime() - expected;
      expect(drift).toBeLessThanOrEqual(1_000);
      expect(drift).toBeGreaterThan(-10_000);
    });
  });

  test('本人確認: a mismatch names no field and the URL stays usable @regression @mock-only', async ({
    page,
    people,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const identity = await new IdentityCheckPage(page).open(registrationUrl(person));

    await guideStep('1-①', async () => {
      for (const wrong of [
        { ...person, phone: '0399999999' },
        { ...person, name: '別人　花子' },
        { ...person, email: `other-${person.email}` },
      ]) {
        await identity.submit(wrong);
        await identity.expectCurrent();
        await expect(identity.errors).toHaveText(IDENTITY_MISMATCH_MESSAGE);
        for (const field of ['メールアドレス', '氏名', '連絡先電話番号']) {
          await expect(identity.errors).not.toContainText(field);
        }
      }
      // Names compare after unifying full- and half-width spaces and trimming.
      await identity.confirmIdentity({ ...person, name: ` ${person.name.replace('\u3000', ' ')} ` });
    });
  });

  test('本人確認: 5 mismatches void the URL @regression @mock-only', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const url = registrationUrl(person);
    const identity = await new IdentityCheckPage(page).open(url);
    const wrong = { ...person, phone: '0399999999' };
    for (let attempt = 1; attempt < policy.identityCheckMaxMismatches; attempt++) {
      await identity.submit(wrong);
      await expect(identity.errors).toHaveText(IDENTITY_MISMATCH_MESSAGE);
    }
    await identity.submit(wrong);
    await expect(identity.errors).toHaveText(INVALID_URL_MESSAGE);
    await expect(identity.submitButton).toBeHidden();

    // Voided for good: even the right data cannot use it now.
    await identity.open(url);
    await expect(identity.errors).toHaveText(INVALID_URL_MESSAGE);
    await expect(identity.passwordResetLink).toBeVisible();
  });

  test('パスワード設定: each policy violation and a mismatch have their own message, and nothing is saved @regression @mock-only', async ({
    page,
    browser,
    people,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const passwordPage = await (
      await new IdentityCheckPage(page).open(registrationUrl(person))
    ).confirmIdentity(person);
    const longest = `Aa1${'x'.repeat(29)}`; // 32 characters: the longest allowed

    await guideStep('1-②', async () => {
      const cases: [password: string, confirmation: string, message: string][] = [
        ['Ab1cd', 'Ab1cd', 'パスワードは6文字以上32文字以下で入力してください。'],
        [`${longest}y`, `${longest}y`, 'パスワードは6文字以上32文字以下で入力してください。'],
        ['Abcdefg', 'Abcdefg', 'パスワードには数字を1文字以上含めてください。'],
        ['abcdef1', 'abcdef1', 'パスワードには英大文字を1文字以上含めてください。'],
        ['ABCDEF1', 'ABCDEF1', 'パスワードには英小文字を1文字以上含めてください。'],
        ['Valid1Pass', 'Valid1Pasx', 'パスワードとパスワード（確認）が一致しません。'],
      ];
      for (const [password, confirmation, message] of cases) {
        await passwordPage.submit(password, confirmation);
        await passwordPage.expectCurrent();
        await expect(passwordPage.errors).toHaveText(message);
      }
      await expect(passwordPage.errors).toHaveText(/一致しません/);
    });

    // Nothing was saved: the user is still not active, not even with the mismatched (otherwise valid) password.
    const elsewhere = await browser.newContext();
    try {
      const firstAuth = await (await new LoginTopPage(await elsewhere.newPage()).open()).startTwoStepLogin();
      await firstAuth.submit(person.email, 'Valid1Pass');
      await expect(firstAuth.errors).toHaveText('ユーザIDまたはパスワードが正しくありません。');
    } finally {
      await elsewhere.close();
    }

    const done = await passwordPage.setPassword(longest);
    await done.backToService();
  });

  test('an expired [A] (past 72 h on the company clock) is refused with the way to パスワード再設定 @regression @mock-only', async ({
    page,
    people,
    portal,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const url = registrationUrl(person);
    const identity = new IdentityCheckPage(page);

    await portal.advanceClock(person.company, policy.registrationUrlTtlSeconds - 60);
    await identity.open(url);
    await expect(identity.submitButton).toBeVisible(); // a minute before the end it still works

    await portal.advanceClock(person.company, 61);
    await identity.open(url);
    await expect(identity.errors).toHaveText(INVALID_URL_MESSAGE);
    await expect(identity.submitButton).toBeHidden();
    await expect(identity.passwordResetLink).toBeVisible();
  });

  test('a used [A] is refused @regression @mock-only', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const url = registrationUrl(person);
    const identity = await new IdentityCheckPage(page).open(url);
    await (await identity.confirmIdentity(person)).setPassword(person.password);

    await identity.open(url);
    await expect(identity.errors).toHaveText(INVALID_URL_MESSAGE);
    await expect(identity.submitButton).toBeHidden();
    await expect(identity.passwordResetLink).toBeVisible();
  });
});

test.describe('1-③ TOTP設定', () => {
  test('TOTP user: 本人確認 → パスワード設定 → TOTP初期設定 with the QR code, then log in with the app @guide @regression @mock-only', async ({
    page,
    people,
    mailbox,
    portal,
    totp,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP' });
    const url = await nextRegistrationUrl(mailbox, person.email);

    const passwordPage = await guideStep('1-①', async () =>
      (await new IdentityCheckPage(page).open(url)).confirmIdentity(person),
    );
    const done = await guideStep('1-②', () => passwordPage.setPassword(person.password));
    const setup = await guideStep('1-② done', async () => {
      await expect(done.backToServiceButton).toBeHidden();
      return done.startTotpSetup();
    });

    const { secret, setupCode } = await guideStep('1-③', async () => {
      const uri = decodeQrPng(await setup.qrCodePng());
      const qr = parseOtpauthUri(uri);
      const secret = await setup.secret();
      expect(qr).toEqual({
        type: 'totp',
        labelIssuer: policy.totpIssuer,
        account: person.email,
        secret,
        issuer: policy.totpIssuer,
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      });
      expect(secret).toMatch(/^[A-Z2-7]{26,}=*$/); // Base32, at least 128 bits

      // A wrong code: an error, and the same secret (QR code and text) to try again with.
      await setup.submit(await totp.wrongCode(secret, person.company));
      await setup.expectCurrent();
      await expect(setup.errors).toHaveText(TOTP_WRONG_CODE_MESSAGE);
      await expect(setup.secretText).toHaveText(secret);
      expect(decodeQrPng(await setup.qrCodePng())).toBe(uri);

      const setupCode = await totp.code(secret, person.company);
      const finished = await setup.register(setupCode);
      await finished.goToLogin();
      return { secret, setupCode };
    });

    // The app now logs the user in; the code used at the setup is spent (no replay).
    await guideStep('2-③ TOTP', async () => {
      const firstAuth = await (await new LoginTopPage(page).open()).startTwoStepLogin();
      const secondAuth = await firstAuth.logInWithTotp(person.email, person.password);
      await secondAuth.submit(setupCode);
      await expect(secondAuth.errors).toHaveText(BAD_CODE_MESSAGE);
      // The next step's code, on the company's clock moved on by one step rather than waiting for it.
      await portal.advanceClock(person.company, 30);
      const menu = await secondAuth.enterCode(await totp.code(secret, person.company));
      await expect(menu.header).toContainText(person.name);
    });
  });

  test('TOTP初期設定 is only reachable right after the password of a TOTP user @regression @mock-only', async ({
    page,
    people,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const done = await (await new IdentityCheckPage(page).open(registrationUrl(person))).confirmIdentity(person);
    await (await done.setPassword(person.password)).backToService();
    await page.goto('/register/totp');
    const setup = new TotpSetupPage(page);
    await expect(setup.errors).toHaveText(
      'TOTP設定の手続きが見つかりません。お手数ですが、パスワード再設定から手続きをやり直してください。',
    );
    await expect(setup.qrImage).toBeHidden();
    await expect(setup.registerButton).toBeHidden();
  });
});

function registrationUrl(person: Person): string {
  if (person.registrationUrl === undefined) throw new Error(`${person.email} was made without a registration URL`);
  return person.registrationUrl;
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
