import { expect, test } from '../../fixtures/faults.js';
import { PORTAL_MAIL } from '../../guide/portal-promises.js';
import { LoginTopPage } from '../../pages/login-top-page.js';
import type { Person } from '../../fixtures/people.js';
import type { Page } from '@playwright/test';
import type { Mailbox } from '../../fixtures/mailbox.js';
import { otpCodeFrom } from '../../support/mail-parsing.js';

// Mailpit stopped and started again in the middle of a run (its own Mailpit: fixtures/faults.ts). The mailbox
// notices that its events socket closed, subscribes again on its next wait, and the next journey passes on the
// mails the new Mailpit announces.
test.describe('障害: Mailpitの停止と再起動', () => {
  test('2-①〜2-④ MailOTP: Mailpitの再起動後、メールボックスはイベントに再接続し、次のログインも通る', async ({
    page,
    people,
    mailbox,
    faultServices,
  }) => {
    const person = await people.create({ state: 'active', secondFactor: 'MailOTP' });
    await logInWithMailOtp(page, person, mailbox);
    expect(mailbox.stream.opened).toBe(1);

    await faultServices.stopMailpit();
    await faultServices.startMailpit();

    // The next journey, with the same mailbox: it subscribes again, and the new Mailpit's event for the OTP mail
    // comes through the new socket.
    await page.context().clearCookies();
    await expect
      .poll(async () => {
        await mailbox.subscribe();
        return mailbox.stream.opened;
      })
      .toBe(2);
    const newMailBefore = mailbox.stream.newMail;
    await logInWithMailOtp(page, person, mailbox);
    await expect.poll(() => mailbox.stream.newMail).toBeGreaterThan(newMailBefore);
  });
});

async function logInWithMailOtp(page: Page, person: Person, mailbox: Mailbox): Promise<void> {
  const firstAuth = await new LoginTopPage(page).open().then((top) => top.startTwoStepLogin());
  const secondAuth = await firstAuth.logInWithMailOtp(person.email, person.password);
  const mail = await mailbox.waitForMail({ to: person.email, subject: PORTAL_MAIL.subjects.otp });
  const menu = await secondAuth.enterCode(otpCodeFrom(mail.text));
  await expect(menu.header).toContainText(person.name);
}
