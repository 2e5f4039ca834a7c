import type { Locator } from '@playwright/test';
import { LoginTopPage } from './login-top-page.js';
import { PortalPage } from './portal-page.js';

/** 1-③ done: TOTP設定完了, with the way to the login screen. */
export class TotpSetupDonePage extends PortalPage {
  protected readonly heading = this.h1('TOTP設定完了');
  readonly loginLink: Locator = this.page.getByRole('link', { name: 'ログイン画面へ' });

  async goToLogin(): Promise<LoginTopPage> {
    return this.follow(this.loginLink, LoginTopPage);
  }
}
