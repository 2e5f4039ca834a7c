import { expect, test } from '../fixtures/test.js';
import { otpCodeFrom, registrationUrlFrom } from '../fixtures/mail-parsing.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';

const OTP_SUBJECT = 'ビジネスポータル ワンタイムパスワードのお知らせ';

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
    const secondAuth = await guideStep('2-②', () => firstAuth.loginWithMailOtp(person.email, person.password));
    const menu = await guideStep('2-③ MailOTP', async () => {
      const mail = await mailbox.waitForMail({ to: person.email, subject: OTP_SUBJECT });
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
    expect(await mailbox.unseenMails(person.email, OTP_SUBJECT)).toEqual([]);
  });

  test('a wrong one-time password shows the portal error and keeps the user on 第二認証 @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active' });
    const firstAuth = await (await new LoginTopPage(page).open()).startTwoStepLogin();
    const secondAuth = await firstAuth.loginWithMailOtp(person.email, person.password);
    const code = otpCodeFrom((await mailbox.waitForMail({ to: person.email, subject: OTP_SUBJECT })).text);
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
