import { expect, type Locator } from '@playwright/test';
import { MESSAGES } from '../guide/portal-promises.js';
import { SecondAuthPage } from './second-auth-page.js';

/** 2-③ 第二認証画面 for MailOTP users: the code from the mail to the user ID, and a way to have it sent again. */
export class MailOtpPage extends SecondAuthPage {
  readonly code: Locator = this.page.getByLabel('ワンタイムパスワード');
  readonly resendLink: Locator = this.page.getByRole('link', { name: 'ワンタイムパスワードを再送信' });

  async resendCode(): Promise<this> {
    await this.resendLink.click();
    await expect(this.notice).toHaveText(MESSAGES.otpResent);
    return this;
  }
}
