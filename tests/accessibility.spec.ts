import type { Page } from '@playwright/test';
import { expect, needsTestApi, test } from '../fixtures/test.js';
import { smartPbx } from '../fixtures/people.js';
import { MESSAGES } from '../guide/portal-promises.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { PasswordResetPage } from '../pages/password-reset-page.js';
import { expectAccessible } from '../support/accessibility.js';
import { nextOtpCode, nextRegistrationUrl, otherCode } from '../support/portal-mail.js';

/** Scans the page as it is now, as a step named for the screen, so the report lists every screen scanned. */
function scannerOf(page: Page): (screen: string) => Promise<void> {
  return (screen) => test.step(screen, () => expectAccessible(page, screen));
}

// Every test here makes its own people or moves the clock: mock only (skipped on a deployment, saying why).
needsTestApi();

// Every screen of the guide, and its error states, scanned with axe (WCAG 2.1 A and AA) as the journeys reach them:
// one test.step per screen. A violation fails the run unless tests/a11y-exceptions.ts lists it with its reason.
test.describe('アクセシビリティ（axe, WCAG 2.1 A/AA）', () => {
  // The MailOTP user's screens in five independent tests (each with its own person), so that they run side by side.
  test('1-① MailOTPユーザの本人確認とエラー表示', async ({ page, people, mailbox }) => {
    const person = await people.create({ secondFactor: 'MailOTP', contracts: [smartPbx('N123456789')] });
    const url = await nextRegistrationUrl(mailbox, person.email);
    const scan = scannerOf(page);

    const identity = await new IdentityCheckPage(page).open(url);
    await scan('1-① 本人確認');
    await identity.submit({ ...person, name: '別人　花子' });
    await expect(identity.errors).toHaveText(MESSAGES.identityMismatch);
    await scan('1-① 本人確認（一致しない）');
    await identity.submit({ ...person, phone: '03-1234-5678' });
    await expect(identity.errors).toContainText(MESSAGES.phoneFormat);
    await scan('1-① 本人確認（入力エラー）');
  });

  test('1-②〜2-① MailOTPユーザのパスワード設定とエラー表示、使用済みURL', async ({ page, people, mailbox }) => {
    const person = await people.create({ secondFactor: 'MailOTP', contracts: [smartPbx('N123456789')] });
    const url = await nextRegistrationUrl(mailbox, person.email);
    const scan = scannerOf(page);

    const passwordPage = await new IdentityCheckPage(page).open(url).then((i) => i.confirmIdentity(person));
    await scan('1-② パスワード設定');
    await passwordPage.submit('abc', 'abd');
    await expect(passwordPage.errors).toContainText(MESSAGES.password.mismatch);
    await scan('1-② パスワード設定（入力エラー）');
    const done = await passwordPage.setPassword(person.password);
    await scan('1-② パスワード設定完了');
    await done.backToService();
    await scan('2-① ログイントップ');

    await new IdentityCheckPage(page).open(url);
    await expect(page.getByRole('alert')).toHaveText(MESSAGES.invalidUrl);
    await scan('1-① 無効なURL');
  });

  test('2-②〜2-④ MailOTPユーザのログインとエラー表示', async ({ page, people, mailbox }) => {
    const person = await people.create({
      secondFactor: 'MailOTP',
      state: 'active',
      contracts: [smartPbx('N123456789')],
    });
    const scan = scannerOf(page);

    const firstAuth = await new LoginTopPage(page).open().then((top) => top.startTwoStepLogin());
    await scan('2-② 第一認証');
    await firstAuth.submit(person.email, `${person.password}x`);
    await expect(firstAuth.errors).toHaveText(MESSAGES.badCredentials);
    await scan('2-② 第一認証（エラー）');
    const secondAuth = await firstAuth.logInWithMailOtp(person.email, person.password);
    await scan('2-③ MailOTP');
    const code = await nextOtpCode(mailbox, person.email);
    await secondAuth.submit(otherCode(code));
    await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
    await scan('2-③ MailOTP（エラー）');
    await secondAuth.enterCode(code);
    await scan('2-④ サービスメニュー');
  });

  test('3-①〜3-③ MailOTPユーザのArcstar Smart PBXとWeb設定変更', async ({ page, people, smartPbxPanelOf }) => {
    const person = await people.create({
      secondFactor: 'MailOTP',
      state: 'active',
      contracts: [smartPbx('N123456789')],
    });
    const scan = scannerOf(page);

    const panel = await smartPbxPanelOf(person);
    await scan('3-① Arcstar Smart PBX');
    const list = await panel.openWebSettings();
    await expect(list.explanation).toBeVisible();
    await scan('3-② 設定変更一覧');
    await list.openSettingsFor('N123456789');
    await scan('3-③ Web設定変更サイト トップ');
  });

  test('4 MailOTPユーザのご契約・運用状況と見つからないページ', async ({ page, people, smartPbxPanelOf }) => {
    const person = await people.create({
      secondFactor: 'MailOTP',
      state: 'active',
      contracts: [smartPbx('N123456789')],
    });
    const scan = scannerOf(page);

    const statusList = await smartPbxPanelOf(person).then((panel) => panel.openContractStatus());
    await expect(statusList.service).toHaveValue('Arcstar Smart PBX');
    await scan('4 ご契約・運用状況');

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    await scan('ページが見つかりません');
  });

  test('1-② 完了〜2-③ TOTPユーザのTOTP初期設定と第二認証', async ({ page, people, mailbox, portal, totp }) => {
    const person = await people.create({ secondFactor: 'TOTP' });
    const url = await nextRegistrationUrl(mailbox, person.email);
    const scan = scannerOf(page);

    const passwordPage = await new IdentityCheckPage(page).open(url).then((i) => i.confirmIdentity(person));
    const done = await passwordPage.setPassword(person.password);
    await scan('1-② パスワード設定完了（TOTP）');
    const setup = await done.startTotpSetup();
    await scan('1-③ TOTP初期設定');
    const secret = await setup.secret();
    await setup.submit(await totp.wrongCode(secret, person.company));
    await expect(setup.errors).toHaveText(MESSAGES.totpSetupWrongCode);
    await scan('1-③ TOTP初期設定（エラー）');
    const finished = await setup.register(await totp.code(secret, person.company));
    await scan('1-③ TOTP設定完了');

    const firstAuth = await finished.goToLogin().then((top) => top.startTwoStepLogin());
    const secondAuth = await firstAuth.logInWithTotp(person.email, person.password);
    await scan('2-③ TOTP');
    await portal.advanceClock(person.company, 30);
    await secondAuth.enterCode(await totp.code(secret, person.company));
  });

  test('2-R パスワード再設定と受付画面', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const scan = scannerOf(page);

    const reset = await new LoginTopPage(page).open().then((top) => top.openPasswordReset());
    await scan('2-R パスワード再設定');
    await reset.submit({ ...person, phone: '03-1234-5678' });
    await expect(reset.errors).toContainText(MESSAGES.phoneFormat);
    await scan('2-R パスワード再設定（入力エラー）');
    const accepted = await new PasswordResetPage(page).open().then((r) => r.requestReset(person));
    await expect(accepted.notice).toHaveText(MESSAGES.resetAccepted);
    await scan('2-R 受付');
  });
});
