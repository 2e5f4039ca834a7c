import type { Locator } from '@playwright/test';
import { PasswordSetDonePage } from './password-set-done-page.js';
import { PortalPage } from './portal-page.js';

/** 1-② パスワード設定 (第1パスワード). */
export class PasswordSettingPage extends PortalPage {
  protected readonly heading = this.h1('パスワード設定');
  readonly password: Locator = this.page.getByLabel('パスワード', { exact: true });
  readonly confirmation: Locator = this.page.getByLabel('パスワード（確認）');
  readonly saveButton: Locator = this.page.getByRole('button', { name: '保存' });

  /** Submits and stays (to read the policy messages). */
  async submit(password: string, confirmation = password): Promise<void> {
    await this.password.fill(password);
    await this.confirmation.fill(confirmation);
    await this.saveButton.click();
  }

  async setPassword(password: string): Promise<PasswordSetDonePage> {
    await this.submit(password);
    return new PasswordSetDonePage(this.page).expectCurrent();
  }
}
