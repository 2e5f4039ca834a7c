import { checksRule } from '../fixtures/rules.js';
import { expect, test, walkthrough } from '../fixtures/test.js';
import { MESSAGES, PORTAL_MAIL, VALIDITY_SECONDS } from '../guide/portal-promises.js';
import { IdentityCheckPage } from '../pages/identity-check-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { PasswordResetPage } from '../pages/password-reset-page.js';
import { scanScreen } from '../support/accessibility.js';
import { registrationUrlFrom } from '../support/mail-parsing.js';
import { expectValidFor, nextRegistrationUrl } from '../support/portal-mail.js';

test.describe('2-R パスワード再設定', () => {
  test(
    '2-R 期限切れの[A] → パスワード再設定 → 新しいメールのURLでパスワード設定、古いURLは拒否されたまま',
    walkthrough('05-パスワード再設定'),
    async ({ page, people, portal, mailbox, logIn, guideStep }) => {
      const person = await people.create({ secondFactor: 'MailOTP' });
      const oldUrl = await nextRegistrationUrl(mailbox, person.email);
      await portal.advanceClock(person.company, VALIDITY_SECONDS.registrationUrl + 1);
      const expired = await new IdentityCheckPage(page).open(oldUrl);
      await expect(expired.errors).toHaveText(MESSAGES.invalidUrl);

      const newUrl = await guideStep('2-R', async ({ act }) => {
        const reset = await act('open', () => expired.openPasswordReset());
        const accepted = await act('request', () => reset.requestReset(person));
        await expect(accepted.notice).toHaveText(MESSAGES.resetAccepted);
        const requestedAt = await portal.now(person.company);
        // A mail like the 開通案内メール, with a fresh URL valid for 72 h from now (company clock).
        return act('read-mail', async () => {
          const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL.subjects.registration });
          expect(mail.from).toBe(PORTAL_MAIL.from);
          checksRule('mail.sender', '2-R');
          checksRule('mail.registration.subject', '2-R');
          const url = registrationUrlFrom(mail.text);
          expect(url).not.toBe(oldUrl);
          expectValidFor(mail.text, requestedAt, VALIDITY_SECONDS.registrationUrl);
          return url;
        });
      });

      const passwordPage = await guideStep('1-①', async ({ act }) => {
        const identity = await act('open-url', () => new IdentityCheckPage(page).open(newUrl));
        return act('confirm', () => identity.confirmIdentity(person));
      });
      const done = await guideStep('1-②', ({ act }) =>
        act('set-password', () => passwordPage.setPassword(person.password)),
      );
      await guideStep('1-② done', ({ act }) => act('back-to-service', () => done.backToService()));
      const menu = await logIn(page, person);
      await expect(menu.header).toContainText(person.name);

      for (const url of [oldUrl, newUrl]) {
        const identity = await new IdentityCheckPage(page).open(url);
        await expect(identity.errors).toHaveText(MESSAGES.invalidUrl);
      }
    },
  );

  test('2-R 再設定すると、まだ有効だった前のURLは無効になる', async ({ page, people, mailbox }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const firstUrl = await nextRegistrationUrl(mailbox, person.email);
    const reset = await new PasswordResetPage(page).open();
    await reset.requestReset(person);
    const secondUrl = await nextRegistrationUrl(mailbox, person.email);

    const identity = await new IdentityCheckPage(page).open(firstUrl);
    await expect(identity.errors).toHaveText(MESSAGES.invalidUrl);
    await expect(identity.submitButton).toBeHidden();
    await identity.open(secondUrl);
    await identity.confirmIdentity(person);
    checksRule('registration.url.newest-only', '1-①');
    checksRule('reset.voids-earlier', '2-R');
  });

  test('2-R どのユーザにも一致しない入力にも同じ答えを返し、メールは送らない', async ({ page, people, mailbox }) => {
    const person = await people.create({ secondFactor: 'MailOTP' });
    const registrationUrl = await nextRegistrationUrl(mailbox, person.email);
    const reset = new PasswordResetPage(page);
    const answers: string[] = [];
    for (const attempt of [
      { ...person, name: '別人　花子' },
      { ...person, phone: '0399999999' },
      { ...person, email: `nobody-${person.email}` },
    ]) {
      await reset.open();
      const accepted = await reset.requestReset(attempt);
      answers.push(await accepted.content.innerText());
    }
    // Nothing was sent (the portal sends before it answers), and the registration URL is untouched.
    expect(await mailbox.unseenMails(person.email)).toEqual([]);
    expect(await mailbox.unseenMails(`nobody-${person.email}`)).toEqual([]);
    const identity = await new IdentityCheckPage(page).open(registrationUrl);
    await expect(identity.submitButton).toBeVisible();

    await reset.open();
    const accepted = await reset.requestReset(person);
    answers.push(await accepted.content.innerText());
    await scanScreen(page, '2-R', '受付');
    expect(new Set(answers).size, 'every answer reads the same').toBe(1);
    expect(answers[0]).toContain(MESSAGES.resetAccepted);
    checksRule('reset.same-answer', '2-R');
    await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL.subjects.registration });
    expect(await mailbox.unseenMails(person.email)).toEqual([]);
    checksRule('reset.mail-on-match-only', '2-R');
    checksRule('registration.identity.match', '2-R');
  });

  test('2-R 形式の誤った入力にはフォームのメッセージが出て、受付にはならない', async ({ page, people }) => {
    const person = await people.create({ secondFactor: 'MailOTP', state: 'active' });
    const top = await new LoginTopPage(page).open();
    const reset = await top.openPasswordReset();
    await scanScreen(page, '2-R', 'パスワード再設定');
    const hyphenated = `${person.phone.slice(0, 2)}-${person.phone.slice(2)}`;
    await reset.submit({ ...person, phone: hyphenated });
    await reset.expectCurrent();
    await expect(reset.errors).toHaveText(MESSAGES.phoneFormat);
    await expect(reset.fields.phone).toHaveValue(hyphenated);
    await scanScreen(page, '2-R', 'パスワード再設定（入力エラー）');
  });

  test('2-R TOTPユーザは再設定後も同じ認証アプリで入れる', async ({ page, people, mailbox, logIn }) => {
    const person = await people.create({ secondFactor: 'TOTP', state: 'active' });
    const reset = await new PasswordResetPage(page).open();
    await reset.requestReset(person);
    const url = await nextRegistrationUrl(mailbox, person.email);
    const newPassword = `New${person.password}`;
    const identity = await new IdentityCheckPage(page).open(url);
    const passwordPage = await identity.confirmIdentity(person);
    const done = await passwordPage.setPassword(newPassword);
    await expect(done.totpSetupButton).toBeHidden();
    await done.backToService();

    const menu = await logIn(page, person, { password: newPassword });
    await expect(menu.header).toContainText(person.name);
  });
});
