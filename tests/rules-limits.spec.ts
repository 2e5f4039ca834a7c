import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test.js';
import { registrationUrlOf, smartPbx, totpSecretOf } from '../fixtures/people.js';
import type { PortalClient } from '../fixtures/portal-client.js';
import { checksRule } from '../fixtures/rules.js';
import { totpCodeForStep, totpStepAt } from '../fixtures/totp.js';
import { FAILURE_LIMITS, MESSAGES, TOTP, VALIDITY_SECONDS } from '../guide/portal-promises.js';
import { ContractStatusListPage } from '../pages/contract-status-list-page.js';
import { FirstAuthPage } from '../pages/first-auth-page.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { ServiceMenuPage } from '../pages/service-menu-page.js';
import { SmartPbxSettingsListPage } from '../pages/smart-pbx-settings-list-page.js';
import { WebSettingsTopPage } from '../pages/web-settings-top-page.js';
import { passLogin, passLoginOverHttp, startMailOtpLogin } from '../support/login.js';
import { otherCode } from '../support/portal-mail.js';

/** "Just inside" a time limit: this many seconds before it (real time passes between moving the clock and the request). */
const JUST_INSIDE_SECONDS = 5;

/** The company's current TOTP step, moved on to the next step when less than 5 s of it are left. */
async function freshTotpStep(portal: PortalClient, company: string): Promise<number> {
  const now = (await portal.now(company)).getTime();
  const left = (totpStepAt(now) + 1) * TOTP.periodSeconds * 1000 - now;
  if (left < 5_000) await portal.advanceClock(company, Math.ceil(left / 1000));
  return totpStepAt((await portal.now(company)).getTime());
}

/** The screens after login that the idle limit is checked on, each opened by its URL (of N800000001's group). */
const OPEN_AFTER_LOGIN = {
  '3-②': (page: Page) => new SmartPbxSettingsListPage(page).open(),
  '3-③': (page: Page) => new WebSettingsTopPage(page).open('N800000001'),
  '4': (page: Page) => new ContractStatusListPage(page).open('Arcstar Smart PBX'),
} as const;

// Both sides of each limit of docs/portal.md §3 (guide/rules.ts `limit: true`), on the company clock where it is a time.
test.describe('ルールの境界（内側は受け入れ、外側は拒否）', () => {
  test('1-① 本人確認: 4回の不一致のあとでも正しい入力なら通る', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const identity = await new IdentityCheckPage(page).open(registrationUrlOf(person));
    for (let attempt = 1; attempt < FAILURE_LIMITS.identityCheck; attempt++) {
      await identity.submit({ ...person, phone: '0399999999' });
      await expect(identity.errors).toHaveText(MESSAGES.identityMismatch);
    }
    await identity.confirmIdentity(person);
    checksRule('registration.identity.mismatch-limit', '1-①', 'inside');
  });

  test('1-② [A]の期限の直前に本人確認を通れば保存でき、期限を過ぎてからの保存は拒否される', async ({
    page,
    people,
    portal,
  }) => {
    const early = await people.create({ secondFactor: 'MailOTP' });
    await portal.advanceClock(early.company, VALIDITY_SECONDS.registrationUrl - 2 * JUST_INSIDE_SECONDS);
    const identity = await new IdentityCheckPage(page).open(registrationUrlOf(early));
    const passwordPage = await identity.confirmIdentity(early);
    await passwordPage.setPassword(early.password);
    checksRule('registration.url.validity', '1-②', 'inside');

    const late = await people.create({ secondFactor: 'MailOTP' });
    await portal.advanceClock(late.company, VALIDITY_SECONDS.registrationUrl - 2 * JUST_INSIDE_SECONDS);
    const lateIdentity = await new IdentityCheckPage(page).open(registrationUrlOf(late));
    const latePasswordPage = await lateIdentity.confirmIdentity(late);
    await portal.advanceClock(late.company, 2 * JUST_INSIDE_SECONDS + 1);
    await latePasswordPage.submit(late.password);
    await expect(lateIdentity.errors).toHaveText(MESSAGES.invalidUrl);
    await expect(latePasswordPage.errors).not.toContainText(MESSAGES.password.length);
    checksRule('registration.url.validity', '1-②', 'outside');
  });

  test('2-② 4回パスワードを誤っても正しいパスワードなら第二認証へ進む', async ({ page, people }) => {
    const person = await people.create({ state: 'active' });
    const firstAuth = await new FirstAuthPage(page).open();
    for (let attempt = 1; attempt < FAILURE_LIMITS.login; attempt++) {
      await firstAuth.submit(person.email, `${person.password}x`);
      await expect(firstAuth.errors).toHaveText(MESSAGES.badCredentials);
    }
    await firstAuth.logInWithMailOtp(person.email, person.password);
    checksRule('login.lockout', '2-②', 'inside');
  });

  test('2-③ MailOTP: 10分の直前のコードは通り、4回誤ったあとでも正しいコードは通る', async ({
    portal,
    halfLoggedInMailOtp,
  }) => {
    const { person, secondAuth, code } = await halfLoggedInMailOtp();
    for (let attempt = 1; attempt < FAILURE_LIMITS.secondFactor; attempt++) {
      await secondAuth.submit(otherCode(code));
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
    }
    await portal.advanceClock(person.company, VALIDITY_SECONDS.mailOtp - JUST_INSIDE_SECONDS);
    await secondAuth.enterCode(code);
    checksRule('login.second-factor.max-failures', '2-③ MailOTP', 'inside');
    checksRule('login.mailotp.validity', '2-③ MailOTP', 'inside');
  });

  test('2-③ TOTP: ±1ステップのコードは通り、±2ステップは拒否される', async ({ page, people, portal }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const secret = totpSecretOf(person);
    const currentStep = () => freshTotpStep(portal, person.company);
    const login = async () => {
      const firstAuth = await new FirstAuthPage(page).open();
      return firstAuth.logInWithTotp(person.email, person.password);
    };

    let secondAuth = await login();
    let step = await currentStep();
    for (const drift of [-2, 2]) {
      await secondAuth.submit(await totpCodeForStep(secret, step + drift));
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
    }
    checksRule('login.totp.window', '2-③ TOTP', 'outside');
    await secondAuth.enterCode(await totpCodeForStep(secret, step - 1));
    await page.goto('/menu');
    await new ServiceMenuPage(page).logout();

    secondAuth = await login();
    step = await currentStep();
    await secondAuth.enterCode(await totpCodeForStep(secret, step + 1));
    checksRule('login.totp.window', '2-③ TOTP', 'inside');
  });

  test('2-③ TOTP: 4回誤っても正しいコードは通り、5回誤ると第一認証へ戻る', async ({ page, people, totp }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const secret = totpSecretOf(person);
    const login = async () => {
      const firstAuth = await new FirstAuthPage(page).open();
      return firstAuth.logInWithTotp(person.email, person.password);
    };
    let secondAuth = await login();
    for (let attempt = 1; attempt < FAILURE_LIMITS.secondFactor; attempt++) {
      await secondAuth.submit(await totp.wrongCode(secret, person.company));
      await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);
    }
    const menu = await secondAuth.enterCode(await totp.code(secret, person.company));
    checksRule('login.second-factor.max-failures', '2-③ TOTP', 'inside');
    await menu.logout();

    secondAuth = await login();
    for (let attempt = 1; attempt <= FAILURE_LIMITS.secondFactor; attempt++) {
      await secondAuth.submit(await totp.wrongCode(secret, person.company));
    }
    const firstAuth = await new FirstAuthPage(page).expectCurrent();
    await expect(firstAuth.notice).toHaveText(MESSAGES.tooManyCodes);
    checksRule('login.second-factor.max-failures', '2-③ TOTP', 'outside');
  });

  test('2-③ MailOTP 途中までのログインも30分操作がないと終わり、その直前なら続く', async ({ page, people, portal }) => {
    const person = await people.create({ state: 'active' });
    const secondAuth = await startMailOtpLogin(page, person);
    await portal.advanceClock(person.company, VALIDITY_SECONDS.sessionIdle - JUST_INSIDE_SECONDS);
    await page.reload();
    await secondAuth.expectCurrent();
    checksRule('session.idle-timeout', '2-③ MailOTP', 'inside');
    await portal.advanceClock(person.company, VALIDITY_SECONDS.sessionIdle + 1);
    await page.reload();
    // A half-login starts over at 2-② 第一認証 (not 2-①), with the idle notice.
    const again = await new FirstAuthPage(page).expectCurrent();
    await expect(again.notice).toHaveText(MESSAGES.idleLoggedOut);
    checksRule('session.idle-timeout', '2-③ MailOTP', 'outside');
  });

  for (const screen of ['3-②', '3-③', '4'] as const) {
    const open = OPEN_AFTER_LOGIN[screen];

    test(`${screen} 29分55秒の無操作ではそのまま、30分を過ぎるとメッセージとともに2-①へ`, async ({
      page,
      people,
      portal,
      mailbox,
      totp,
    }) => {
      const person = await people.create({ state: 'active', contracts: [smartPbx('N800000001', { memo: '本社' })] });
      await passLoginOverHttp(page, person, { mailbox, totp });
      await open(page);
      await portal.advanceClock(person.company, VALIDITY_SECONDS.sessionIdle - JUST_INSIDE_SECONDS);
      await open(page);
      checksRule('session.idle-timeout', screen, 'inside');
      await portal.advanceClock(person.company, VALIDITY_SECONDS.sessionIdle + 1);
      await page.reload();
      const top = await new LoginTopPage(page).expectCurrent();
      await expect(top.notice).toHaveText(MESSAGES.idleLoggedOut);
      checksRule('session.idle-timeout', screen, 'outside');
    });
  }

  test('3-① 契約のないサービスのメニューはURLでも開けず、契約のあるサービスは開ける', async ({
    page,
    people,
    logIn,
  }) => {
    const person = await people.create({ state: 'active', contracts: [smartPbx('N810000001')] });
    const menu = await logIn(page, person);
    await page.goto(`/menu?${new URLSearchParams({ service: 'Nexcenter' }).toString()}`);
    await menu.expectCurrent();
    await expect(page.getByRole('heading', { name: 'Nexcenter' })).toBeHidden();
    await expect(page.getByText('ご契約中のサービスから、ご利用になるサービスを選んでください。')).toBeVisible();
    await menu.chooseSmartPbx();
    checksRule('menu.service.chosen', '3-①');
  });

  test('4 ログアウト中に開いたご契約・運用状況一覧へ、ログイン後に戻る', async ({ page, people, mailbox, totp }) => {
    const person = await people.create({
      state: 'active',
      contracts: [smartPbx('N820000001'), { number: 'N820000002', service: 'Arcstar Universal One' }],
    });
    await page.goto(`/contracts?${new URLSearchParams({ service: 'Arcstar Universal One' }).toString()}`);
    await new LoginTopPage(page).expectCurrent();
    await passLogin(page, person, { mailbox, totp });
    const list = await new ContractStatusListPage(page).expectCurrent();
    await expect(list.service).toHaveValue('Arcstar Universal One');
    await expect.poll(() => list.column('ご契約番号')).toEqual(['N820000002']);
    checksRule('session.return-to', '4');
  });
});
