import type { Locator } from '@playwright/test';
import { IdentityFields, type Identity } from './identity-fields.js';
import { PasswordResetAcceptedPage } from './password-reset-accepted-page.js';
import { PortalPage } from './portal-page.js';

/** 2-R パスワード再設定: 本人確認 (メールアドレス, 氏名, 連絡先電話番号) and 送信. */
export class PasswordResetPage extends PortalPage {
  protected readonly heading = this.h1('パスワード再設定');
  readonly fields: IdentityFields = new IdentityFields(this.page);
  readonly sendButton: Locator = this.page.getByRole('button', { name: '送信' });

  async open(): Promise<this> {
    await this.page.goto('/password-reset');
    return this.expectCurrent();
  }

  /** Fills the three fields and submits; stays here (to read a form error). */
  async submit(identity: Identity): Promise<void> {
    await this.fields.fill(identity);
    await this.sendButton.click();
  }

  /** Asks for a re-set mail; the answer is the same whether or not the data matched a user. */
  async requestReset(identity: Identity): Promise<PasswordResetAcceptedPage> {
    await this.submit(identity);
    return new PasswordResetAcceptedPage(this.page).expectCurrent();
  }
}
