import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';
import { ServiceMenuPage } from './service-menu-page.js';

/** 2-③ 第二認証画面 for MailOTP users: the code from the mail to the user ID. */
export class MailOtpPage extends PortalPage {
  protected readonly heading = this.h1('第二認証');
  readonly code: Locator = this.page.getByLabel('ワンタイムパスワード');
  readonly verifyButton: Locator = this.page.getByRole('button', { name: '認証' });
  readonly resendLink: Locator = this.page.getByRole('link', { name: 'ワンタイムパスワードを再送信' });

  override async expectCurrent(): Promise<this> {
    await super.expectCurrent();
    await expect(this.code).toBeVisible();
    return this;
  }

  /** Submits a code and stays (to read the error of a wrong one). */
  async submit(code: string): Promise<void> {
    await this.code.fill(code);
    await this.verifyButton.click();
  }

  async enterCode(code: string): Promise<ServiceMenuPage> {
    await this.submit(code);
    return new ServiceMenuPage(this.page).expectCurrent();
  }

  async resendCode(): Promise<this> {
    await this.resendLink.click();
    await expect(this.notice).toHaveText('ワンタイムパスワードを再送信しました。');
    return this;
  }
}
