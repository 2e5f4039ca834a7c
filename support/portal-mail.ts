import { expect } from '@playwright/test';
import { PORTAL_MAIL } from '../guide/portal-promises.js';
import type { Mailbox } from '../fixtures/mailbox.js';
import { expiryFrom, otpCodeFrom, registrationUrlFrom } from './mail-parsing.js';

/** The [A] URL of the next 開通案内メール (or 再設定メール) to `to`. */
export async function nextRegistrationUrl(mailbox: Mailbox, to: string): Promise<string> {
  return registrationUrlFrom((await mailbox.waitForMail({ to, subject: PORTAL_MAIL.subjects.registration })).text);
}

/** The code of the next MailOTP mail to `to`. */
export async function nextOtpCode(mailbox: Mailbox, to: string): Promise<string> {
  return otpCodeFrom((await mailbox.waitForMail({ to, subject: PORTAL_MAIL.subjects.otp })).text);
}

/** A mail's 「有効期限」 is `seconds` after `from` (the company's clock); the mail shows whole seconds. */
export function expectValidFor(mailText: string, from: Date, seconds: number): void {
  const drift = expiryFrom(mailText).getTime() - (from.getTime() + seconds * 1000);
  expect(drift, '有効期限 minus the promised end, in ms').toBeLessThanOrEqual(1_000);
  expect(drift, '有効期限 minus the promised end, in ms').toBeGreaterThan(-10_000);
}

/** A well-formed code that differs from `code`. */
export function otherCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}
