import type { Page } from '@playwright/test';
import type { Mailbox } from '../fixtures/mailbox.js';
import { totpSecretOf, type Person } from '../fixtures/people.js';
import type { TotpAuthenticator } from '../fixtures/totp.js';
import type { FirstAuthPage } from '../pages/first-auth-page.js';
import { LoginTopPage } from '../pages/login-top-page.js';
import type { MailOtpPage } from '../pages/mail-otp-page.js';
import { ServiceMenuPage } from '../pages/service-menu-page.js';
import type { TotpAuthPage } from '../pages/totp-auth-page.js';
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
 * Login for tests whose subject is not login, over HTTP through the portal's own forms (2-② 第一認証, then 2-③ with
 * the mailed code for MailOTP or the app's for TOTP; no test-only back door), in the browser context's own cookie jar
 * (page.request), so the page then holds that session. Ends where the portal sends the user: サービスメニュー, or the
 * page asked for before logging in. Tests about login drive the screens themselves (tests/2-login.spec.ts).
 */
export async function passLogin(
  page: Page,
  person: Person,
  codes: CodeSources,
  options: LogInOptions = {},
): Promise<void> {
  await page.goto(await passLoginOverHttp(page, person, codes, options));
}

/**
 * As passLogin, without loading a page: the browser context holds the session and the caller opens the page it needs
 * by its URL (a list, rather than サービスメニュー and the clicks to it). Returns the URL the portal sends the user to.
 */
export async function passLoginOverHttp(
  page: Page,
  person: Person,
  codes: CodeSources,
  options: LogInOptions = {},
): Promise<string> {
  const password = options.password ?? person.password;
  const firstAuth = await page.request.get('/login');
  const secondAuth = await page.request.post('/login', {
    form: { _csrf: csrfTokenOf(await firstAuth.text()), userId: person.email, password },
  });
  if (new URL(secondAuth.url()).pathname !== '/login/otp') {
    throw new Error(
      `Login over HTTP: 第一認証 refused ${person.email} (HTTP ${secondAuth.status()} at ${secondAuth.url()})`,
    );
  }
  const code =
    person.secondFactor === 'TOTP'
      ? await codes.totp.code(totpSecretOf(person), person.company)
      : await nextOtpCode(codes.mailbox, person.email);
  const landed = await page.request.post('/login/otp', {
    form: { _csrf: csrfTokenOf(await secondAuth.text()), code },
  });
  if (!landed.ok() || new URL(landed.url()).pathname.startsWith('/login')) {
    throw new Error(`Login over HTTP: 第二認証 refused ${person.email} (HTTP ${landed.status()} at ${landed.url()})`);
  }
  return landed.url();
}

/** The CSRF token every form of the portal carries (docs/portal.md, sessions). */
function csrfTokenOf(html: string): string {
  const token = /<input[^>]*name="_csrf"[^>]*value="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('Login over HTTP: the form has no _csrf field');
  return token;
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

// The start of a login on the screens, for tests that drive 2-① → 2-③ themselves (about login, or its limits).

/** 2-① → 2-②: the login top, then 2段階認証でログイン. */
export async function startTwoStepLogin(page: Page): Promise<FirstAuthPage> {
  const top = await new LoginTopPage(page).open();
  return top.startTwoStepLogin();
}

/** 2-① → 2-③ for a MailOTP user (the code is on its way by mail). */
export async function startMailOtpLogin(page: Page, person: Person): Promise<MailOtpPage> {
  const firstAuth = await startTwoStepLogin(page);
  return firstAuth.logInWithMailOtp(person.email, person.password);
}

/** 2-① → 2-③ for a MailOTP user, with the code the portal mailed for this login. */
export async function startMailOtpLoginWithCode(
  page: Page,
  person: Person,
  mailbox: Mailbox,
): Promise<{ secondAuth: MailOtpPage; code: string }> {
  const secondAuth = await startMailOtpLogin(page, person);
  return { secondAuth, code: await nextOtpCode(mailbox, person.email) };
}

/** 2-① → 2-③ for a TOTP user. */
export async function startTotpLogin(page: Page, person: Person): Promise<TotpAuthPage> {
  const firstAuth = await startTwoStepLogin(page);
  return firstAuth.logInWithTotp(person.email, person.password);
}
