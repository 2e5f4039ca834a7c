import type { Locator } from '@playwright/test';
import { LoginTopPage } from './login-top-page.js';
import { PortalPage } from './portal-page.js';
import { TotpSetupPage } from './totp-setup-page.js';

/** 1-② done: 第1パスワード設定完了. MailOTP users go back to login; TOTP users continue to TOTP設定. */
export class PasswordSetDonePage extends PortalPage {
  protected readonly heading = this.h1('第1パスワード設定完了');
  readonly backToServiceButton: Locator = this.page.getByRole('button', { name: 'サービスに戻る' });
  readonly totpSetupButton: Locator = this.page.getByRole('button', { name: 'TOTP設定' });

  async backToService(): Promise<LoginTopPage> {
    return this.follow(this.backToServiceButton, LoginTopPage);
  }

  /** TOTP users: on to 1-③ TOTP初期設定. */
  async startTotpSetup(): Promise<TotpSetupPage> {
    return this.follow(this.totpSetupButton, TotpSetupPage);
  }
}
