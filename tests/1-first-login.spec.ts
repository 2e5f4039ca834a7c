import { expect, test } from '../fixtures/test.js';
import { registrationUrlFrom } from '../fixtures/mail-parsing.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';

const REGISTRATION_SUBJECT = 'NTTコミュニケーションズ ビジネスポータル ユーザ登録受付メール';

test.describe('1. ビジネスポータルの初回ログイン', () => {
  test('MailOTP user: registration mail → 本人確認 → パスワード設定 → 完了 @smoke @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });

    const url = await guideStep('1-0', async () => {
      const mail = await mailbox.waitForMail({ to: person.email, subject: REGISTRATION_SUBJECT });
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
