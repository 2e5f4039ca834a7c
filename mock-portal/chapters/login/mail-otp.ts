import type { PortalDeps } from '../../deps.js';
import { otpMail } from '../../mail/templates.js';
import { policy } from '../../policy.js';
import { newNumericCode, safeEqual, sha256 } from '../../security/secrets.js';
import type { Session } from '../../security/sessions.js';
import type { User } from '../../store/model.js';

type Pending = NonNullable<Session['pending']>;

/**
 * Sends a fresh MailOTP code; the earlier code is void from now on. Returns false (and leaves no usable
 * code behind) when the mail could not be sent, so the user can simply resend.
 */
export async function sendMailOtp(deps: PortalDeps, user: User, pending: Pending): Promise<boolean> {
  delete pending.otp;
  const code = newNumericCode();
  const expiresAt = new Date(deps.clock.now(user.companyId).getTime() + policy.mailOtpTtlSeconds * 1000);
  try {
    await deps.mailer.send(otpMail(user.email, code, expiresAt));
  } catch {
    return false;
  }
  pending.otp = { codeHash: sha256(code), expiresAt };
  return true;
}

/** True once for the right, unexpired code; the code is consumed either way on success. */
export function acceptMailOtp(deps: PortalDeps, user: User, pending: Pending, code: string): boolean {
  const otp = pending.otp;
  if (!otp || deps.clock.now(user.companyId) >= otp.expiresAt) return false;
  if (!safeEqual(sha256(code.trim()), otp.codeHash)) return false;
  delete pending.otp;
  return true;
}
