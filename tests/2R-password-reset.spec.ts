import { expect, test, walkthrough } from '../fixtures/test.js';
import { expiryFrom, registrationUrlFrom } from '../fixtures/mail-parsing.js';
import { loggedIn } from '../fixtures/login.js';
import { loginWithTotp, totpSecretOf } from '../fixtures/totp-login.js';
import { policy } from '../mock-portal/policy.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { PasswordResetPage } from '../pages/password-reset-page.js';
import { nextRegistrationUrl, PORTAL_MAIL_SUBJECTS } from '../fixtures/portal-mail.js';

const INVALID_URL_MESSAGE = 'URLの有効期限が切れているか、無効なURLです。';
const ACCEPTED_MESSAGE =
  '入力内容を受け付けました。ご登録の情報と一致した場合は、パスワード再設定用のURLをメールでお送りします。';

test.describe('2-R パスワード再設定', () => {
  test(
    'an expired [A] → パスワード再設定 → the new mail URL sets the password; the old URL stays refused @guide @regression @mock-only',
    walkthrough('05-パスワード再設定'),
    async ({ page, people, portal, mailbox, guideStep }) => {
      const person = await people.create({ secondFactor: 'MailOTP' });
      const oldUrl = await nextRegistrationUrl(mailbox, person.email);
      await portal.advanceClock(person.company, policy.registrationUrlTtlSeconds + 1);
      const expired = await new IdentityCheckPage(page).open(oldUrl);
      await expect(expired.errors).toHaveText(INVALID_URL_MESSAGE);

      const newUrl = await guideStep('2-R', async ({ act }) => {
        const reset = await act('open', () => expired.openPasswordReset());
        const accepted = await act('request', () => reset.requestReset(person));
        await expect(accepted.notice).toHaveText(ACCEPTED_MESSAGE);
        const requestedAt = await portal.now(person.company);
        // A mail like the 開通案内メール, with a fresh URL valid for 72 h from now (company clock).
        const mail = await act('read-mail', () =>
          mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL_SUBJECTS.registration }),
        );
        expect(mail.from).toBe('b-portal@ntt.com');
        const url = registrationUrlFrom(mail.text);
        expect(url).not.toBe(oldUrl);
        const drift =
          expiryFrom(mail.text).getTime() - (requestedAt.getTime() + policy.registrationUrlTtlSeconds * 1000);
        expect(drift).toBeLessThanOrEqual(1_000);
        expect(drift).toBeGreaterThan(-10_000);
        return url;
      });

      const passwordPage = await guideStep('1-①', async ({ act }) => {
        const identity = await act('open-url', () => new IdentityCheckPage(page).open(newUrl));
        return act('confirm', () => identity.confirmIdentity(person));
      });
      const done = await guideStep('1-②', ({ act }) =>
        act('set-password', () => passwordPage.setPassword(person.password)),
      );
      await guideStep('1-② done', ({ act }) => act('back-to-service', () => done.backToService()));
      await expect((await loggedIn(page, person, mailbox)).header).toContainText(person.name);

      for (const url of [oldUrl, newUrl]) {
        const identity = await new IdentityCheckPage(page).open(url);
        await expect(identity.errors).toHaveText(INVALID_URL_MESSAGE);
      }
    },
  );

  test('a re-set voids an earlier URL that was still valid @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const firstUrl = await nextRegistrationUrl(mailbox, person.email);
    await (await new PasswordResetPage(page).open()).requestReset(person);
    const secondUrl = await nextRegistrationUrl(mailbox, person.email);

    const identity = await new IdentityCheckPage(page).open(firstUrl);
    await expect(identity.errors).toHaveText(INVALID_URL_MESSAGE);
    await expect(identity.submitButton).toBeHidden();
    await (await identity.open(secondUrl)).confirmIdentity(person);
  });

  test('data that matches no user gets the same answer and no mail @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const registrationUrl = await nextRegistrationUrl(mailbox, person.email);
    const reset = new PasswordResetPage(page);
    const answers: string[] = [];
    for (const attempt of [
      { ...person, name: '別人　花子' },
      { ...person, phone: '0399999999' },
      { ...person, email: `nobody-${person.email}` },
    ]) {
      const accepted = await (await reset.open()).requestReset(attempt);
      answers.push(await accepted.content.innerText());
    }
    // Nothing was sent (the portal sends before it answers), and the registration URL is untouched.
    expect(await mailbox.unseenMails(person.email)).toEqual([]);
    expect(await mailbox.unseenMails(`nobody-${person.email}`)).toEqual([]);
    const identity = await new IdentityCheckPage(page).open(registrationUrl);
    await expect(identity.submitButton).toBeVisible();

    const accepted = await (await reset.open()).requestReset(person);
    answers.push(await accepted.content.innerText());
    expect(new Set(answers).size, 'every answer reads the same').toBe(1);
    expect(answers[0]).toContain(ACCEPTED_MESSAGE);
    await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL_SUBJECTS.registration });
    expect(await mailbox.unseenMails(person.email)).toEqual([]);
  });

  test('a malformed entry gets a form message and no answer @regression @mock-only', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP', state: 'active' });
    const reset = await (await new LoginTopPage(page).open()).openPasswordReset();
    await reset.submit({ ...person, phone: `${person.phone.slice(0, 2)}-${person.phone.slice(2)}` });
    await reset.expectCurrent();
    await expect(reset.errors).toHaveText('連絡先電話番号はハイフンなしの半角数字で入力してください。');
    await expect(reset.fields.phone).toHaveValue(`${person.phone.slice(0, 2)}-${person.phone.slice(2)}`);
  });

  test('a TOTP user keeps the authenticator after a re-set @regression @mock-only', async ({
    page,
    people,
    mailbox,
    totp,
  }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    await (await new PasswordResetPage(page).open()).requestReset(person);
    const url = await nextRegistrationUrl(mailbox, person.email);
    const newPassword = `New${person.password}`;
    const done = await (
      await (await new IdentityCheckPage(page).open(url)).confirmIdentity(person)
    ).setPassword(newPassword);
    await expect(done.totpSetupButton).toBeHidden();
    await done.backToService();

    const menu = await loginWithTotp(page, totp, { ...person, password: newPassword }, totpSecretOf(person));
    await expect(menu.header).toContainText(person.name);
  });
});
