import type { Locator } from '@playwright/test';
import type { Identity } from './identity-check-page.js';
import { PasswordResetAcceptedPage } from './password-reset-accepted-page.js';
import { PortalPage } from './portal-page.js';

/** 2-R パスワード再設定: 本人確認 (メールアドレス, 氏名, 連絡先電話番号) and 送信. */
export class PasswordResetPage extends PortalPage {
  protected readonly heading = this.h1('パスワード再設定');
  readonly email: Locator = this.page.getByLabel('メールアドレス');
  readonly name: Locator = this.page.getByLabel('氏名');
  readonly phone: Locator = this.page.getByLabel('連絡先電話番号');
  readonly sendButton: Locator = this.page.getByRole('button', { name: '送信' });

  async open(): Promise<this> {
    await this.page.goto('/password-reset');
    return this.expectCurrent();
  }

  /** Fills the three fields and submits; stays here (to read a form error). */
  async submit(identity: Identity): Promise<void> {
    await this.email.fill(identity.email);
    await this.name.fill(identity.name);
    await this.phone.fill(identity.phone);
    await this.sendButton.click();
  }

  /** Asks for a re-set mail; the answer is the same whether or not the data matched a user. */
  async requestReset(identity: Identity): Promise<PasswordResetAcceptedPage> {
    await this.submit(identity);
    return new PasswordResetAcceptedPage(this.page).expectCurrent();
  }
}
