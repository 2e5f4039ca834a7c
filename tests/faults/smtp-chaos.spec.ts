import { expect, test } from '../../fixtures/faults.js';
import { MESSAGES, PORTAL_MAIL } from '../../guide/portal-promises.js';
import { IdentityCheckPage } from '../../pages/identity-check-page.js';
import { LoginTopPage } from '../../pages/login-top-page.js';
import { PasswordResetPage } from '../../pages/password-reset-page.js';
import { nextOtpCode, nextRegistrationUrl } from '../../support/portal-mail.js';

// Faults through the real components: Mailpit's chaos triggers make its SMTP server refuse mail (451 to every
// recipient). These run in the `faults` project against a Mailpit and portal of their own (fixtures/faults.ts), one
// test at a time, and every test starts and ends with SMTP accepting again.
test.describe('障害: メールサーバ（SMTP）がメールを受け付けない', () => {
  test('2-③ MailOTP: 送信失敗のメッセージが出て、SMTPが戻れば「ワンタイムパスワードを再送信」でログインできる', async ({
    page,
    people,
    mailbox,
    chaos,
  }) => {
    const person = await people.create({ state: 'active', secondFactor: 'MailOTP' });
    const firstAuth = await new LoginTopPage(page).open().then((top) => top.startTwoStepLogin());

    await chaos.refuseSmtp();
    const secondAuth = await firstAuth.logInWithMailOtp(person.email, person.password);
    await expect(secondAuth.notice).toHaveText(MESSAGES.mailSendFailed);
    await expect(secondAuth.resendLink).toBeVisible();
    // No code went out, so none can be entered.
    expect(await mailbox.unseenMails(person.email, PORTAL_MAIL.subjects.otp)).toEqual([]);
    await secondAuth.submit('000000');
    await expect(secondAuth.errors).toHaveText(MESSAGES.badCode);

    // Still refusing: the resend says so again.
    await secondAuth.resendLink.click();
    await expect(secondAuth.notice).toHaveText(MESSAGES.mailSendFailed);

    await chaos.acceptSmtp();
    await secondAuth.resendCode();
    const code = await nextOtpCode(mailbox, person.email);
    const menu = await secondAuth.enterCode(code);
    await expect(menu.header).toContainText(person.name);
  });

  test('2-R パスワード再設定: いつもの受付画面が出て、前に届いたURLは有効なまま', async ({
    page,
    people,
    mailbox,
    chaos,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const earlierUrl = await nextRegistrationUrl(mailbox, person.email);

    await chaos.refuseSmtp();
    const accepted = await new PasswordResetPage(page).open().then((reset) => reset.requestReset(person));
    await expect(accepted.notice).toHaveText(MESSAGES.resetAccepted);
    await chaos.acceptSmtp();
    expect(await mailbox.unseenMails(person.email)).toEqual([]);

    // The URL of the earlier mail was not voided by the request that sent nothing.
    const identity = await new IdentityCheckPage(page).open(earlierUrl);
    await expect(identity.errors).toHaveCount(0);
    const passwordPage = await identity.confirmIdentity(person);
    await passwordPage.setPassword(person.password);
  });

  test('テストデータAPI: 502を返し、ユーザも会社も作らない', async ({ config, mailbox, chaos }) => {
    const email = `chaos+${Date.now().toString(36)}@example.test`;
    const user = {
      email,
      name: '山田　太郎',
      phone: '0312345678',
      secondFactor: 'MailOTP',
      contracts: [{ number: 'N987654321', service: 'Arcstar Smart PBX' }],
    };
    const create = () =>
      fetch(`${config.portalUrl}/__test__/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(user),
      });

    await chaos.refuseSmtp();
    const refused = await create();
    expect(refused.status).toBe(502);
    expect(await refused.text()).toContain('registration mail could not be sent');
    await chaos.acceptSmtp();
    expect(await mailbox.unseenMails(email)).toEqual([]);

    // Nothing was left behind: the same user (same address, same contract number) can be made now.
    const created = await create();
    expect(created.status, await created.clone().text()).toBe(201);
    const mailedUrl = await nextRegistrationUrl(mailbox, email);
    expect(mailedUrl).toBe(((await created.json()) as { registrationUrl: string }).registrationUrl);
  });
});
