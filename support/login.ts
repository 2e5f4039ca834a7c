import type { Page } from '@playwright/test';
import type { Mailbox } from '../fixtures/mailbox.js';
import { totpSecretOf, type Person } from '../fixtures/people.js';
import type { TotpAuthenticator } from '../fixtures/totp.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import { ServiceMenuPage } from '../pages/service-menu-page.js';
import { nextOtpCode } from './portal-mail.js';

/** Where the second factor's code comes from: the OTP mail, or the authenticator app. */
export interface CodeSources {
  mailbox: Mailbox;
  totp: TotpAuthenticator;
}

export interface LogInOptions {
  /** The password to log in with, when it is no longer the person's first one (after パスワード再設定). */
  password?: string;
}

/**
 * Login for tests whose subject is not login: 2-① → 2-② → 2-③ in the browser, with the mailed code (MailOTP) or the
 * app's (TOTP). Ends where the portal sends the user: サービスメニュー, or the page asked for before logging in.
 * The one place that knows how a test gets a session: a faster way (e.g. over HTTP) replaces this body.
 */
export async function passLogin(
  page: Page,
  person: Person,
  codes: CodeSources,
  options: LogInOptions = {},
): Promise<void> {
  const password = options.password ?? person.password;
  const top = await new LoginTopPage(page).open();
  const firstAuth = await top.startTwoStepLogin();
  if (person.secondFactor === 'TOTP') {
    const secondAuth = await firstAuth.logInWithTotp(person.email, password);
    await secondAuth.submit(await codes.totp.code(totpSecretOf(person), person.company));
  } else {
    const secondAuth = await firstAuth.logInWithMailOtp(person.email, password);
    await secondAuth.submit(await nextOtpCode(codes.mailbox, person.email));
  }
}

/** A person logged in (see passLogin), on 2-④ サービスメニュー. */
export async function logIn(
  page: Page,
  person: Person,
  codes: CodeSources,
  options: LogInOptions = {},
): Promise<ServiceMenuPage> {
  await passLogin(page, person, codes, options);
  return new ServiceMenuPage(page).expectCurrent();
}
