import type { Locator } from '@playwright/test';
import { PasswordResetPage } from './password-reset-page.js';
import { PasswordSettingPage } from './password-setting-page.js';
import { PortalPage } from './portal-page.js';

import { IdentityFields, type Identity } from './identity-fields.js';

export type { Identity } from './identity-fields.js';

/** 1-① 本人確認 at the one-time URL [A] of the 開通案内メール. */
export class IdentityCheckPage extends PortalPage {
  protected readonly heading = this.h1('本人確認');
  readonly fields: IdentityFields = new IdentityFields(this.page);
  readonly submitButton: Locator = this.page.getByRole('button', { name: 'パスワード設定へ' });
  readonly passwordResetLink: Locator = this.page.getByRole('link', { name: 'パスワード再設定はこちら' });

  /** Opens [A]; whether it shows the form or the invalid-URL message is the caller's to check. */
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    return this.expectCurrent();
  }

  /** Fills the three fields and submits; stays here (to read a mismatch error). */
  async submit(identity: Identity): Promise<void> {
    await this.fields.fill(identity);
    await this.submitButton.click();
  }

  async confirmIdentity(identity: Identity): Promise<PasswordSettingPage> {
    await this.submit(identity);
    return new PasswordSettingPage(this.page).expectCurrent();
  }

  /** From the invalid-URL message: パスワード再設定はこちら → 2-R. */
  async openPasswordReset(): Promise<PasswordResetPage> {
    return this.follow(this.passwordResetLink, PasswordResetPage);
  }
}
