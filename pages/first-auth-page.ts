import type { Locator } from '@playwright/test';
import { MailOtpPage } from './mail-otp-page.js';
import { PortalPage } from './portal-page.js';
import { TotpAuthPage } from './totp-auth-page.js';

/** 2-② 第一認証画面: ユーザID（メールアドレス） and パスワード（第1パスワード）. */
export class FirstAuthPage extends PortalPage {
  protected readonly heading = this.h1('第一認証');
  readonly userId: Locator = this.page.getByLabel('ユーザID（メールアドレス）');
  readonly password: Locator = this.page.getByLabel('パスワード（第1パスワード）');
  readonly loginButton: Locator = this.page.getByRole('button', { name: 'ログイン' });

  async open(): Promise<this> {
    await this.page.goto('/login');
    return this.expectCurrent();
  }

  /** Submits the first factor; stays on this screen (e.g. to read its error). */
  async submit(userId: string, password: string): Promise<void> {
    await this.userId.fill(userId);
    await this.password.fill(password);
    await this.loginButton.click();
  }

  /** A MailOTP user's first factor: leads to 2-③ and the OTP mail. */
  async logInWithMailOtp(userId: string, password: string): Promise<MailOtpPage> {
    await this.submit(userId, password);
    return new MailOtpPage(this.page).expectCurrent();
  }

  /** A TOTP user's first factor: leads to 2-③, where the authenticator app's code goes. */
  async logInWithTotp(userId: string, password: string): Promise<TotpAuthPage> {
    await this.submit(userId, password);
    return new TotpAuthPage(this.page).expectCurrent();
  }
}
